import type { Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { assess, type OptionAssessment } from './finding.js';
import type { TaperStep } from './plan.js';

// PLACEHOLDER (being written): analgesic step and opioid taper.
export function assessAnalgesia(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('analgesia', []);
}
export function opioidTaper(_facts: PatientFacts): TaperStep[] {
  return [];
}
