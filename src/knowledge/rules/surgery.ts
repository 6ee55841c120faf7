import type { Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { assess, type OptionAssessment } from './finding.js';
import type { PlanDates } from './plan.js';

// PLACEHOLDER (being written): surgery rules and peri-operative dates.
export function assessTes(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('tes', []);
}
export function assessSeparationSurgery(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('separation-surgery', []);
}
export function assessLaminectomyFixation(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('laminectomy-fixation', []);
}
export function assessPalliativeSurgery(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('palliative-surgery', []);
}
export function perioperativeDates(_facts: PatientFacts, _lang: Lang): PlanDates {
  return { notes: [] };
}
