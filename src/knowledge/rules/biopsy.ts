import type { Lang } from '../../i18n/lang.js';
import type { PatientFacts } from '../facts/index.js';
import { assess, type OptionAssessment } from './finding.js';

// PLACEHOLDER (being written): diagnosis pathway and biopsy.
export function assessBiopsy(_facts: PatientFacts, _lang: Lang): OptionAssessment {
  return assess('biopsy', []);
}
