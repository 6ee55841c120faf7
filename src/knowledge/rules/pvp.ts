import type { Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { assess, type OptionAssessment } from './finding.js';
import type { CementLevelPlan } from './plan.js';

// PLACEHOLDER (being written): PVP/PKP rules, cement plan and post-procedure care.
export function assessPvp(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('pvp', []);
}
export function cementPlan(_facts: PatientFacts, _lang: Lang): CementLevelPlan[] {
  return [];
}
export function postProcedureCare(_facts: PatientFacts, _lang: Lang): string[] {
  return [];
}
