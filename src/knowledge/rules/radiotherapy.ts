import type { Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { assess, type OptionAssessment } from './finding.js';
import type { RadiotherapyPlan } from './plan.js';

// PLACEHOLDER (being written): EBRT and SBRT rules, fractionation plan with BED/EQD2.
export function assessEbrt(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('ebrt', []);
}
export function assessSbrt(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('sbrt', []);
}
export function radiotherapyPlan(_facts: PatientFacts, _lang: Lang): RadiotherapyPlan | null {
  return null;
}
