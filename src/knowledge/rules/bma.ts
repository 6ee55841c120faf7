import type { Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { assess, type OptionAssessment } from './finding.js';
import type { BmaDose } from './plan.js';

// PLACEHOLDER (being written): bone-modifying agents, renal dosing.
export function assessBma(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('bma', []);
}
export function creatinineClearance(_facts: PatientFacts): number | null {
  return null;
}
export function bmaDoses(_facts: PatientFacts, _lang: Lang): BmaDose[] {
  return [];
}
