import type { Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { assess, type OptionAssessment } from './finding.js';

// PLACEHOLDER (being written): RFA, MWA and extraspinal cementoplasty rules.
export function assessRfa(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('rfa', []);
}
export function assessMwa(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('mwa', []);
}
export function assessCementoplasty(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('cementoplasty', []);
}
