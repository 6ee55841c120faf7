import { RADIOSENSITIVITY, type Radiosensitivity } from '../histology.js';
import type { LesionFacts, PatientFacts } from '../facts/index.js';

/** Helpers every rule module shares: read facts, never guess them. */

export const spinalLesions = (facts: PatientFacts): LesionFacts[] => facts.lesions.filter((l) => l.site === 'spine');
export const extraspinalLesions = (facts: PatientFacts): LesionFacts[] => facts.lesions.filter((l) => l.site !== 'spine');

/** The lesion's level text ("T11", "T12-L1") or its site for extraspinal lesions. */
export const lesionName = (lesion: LesionFacts): string => lesion.level?.text ?? lesion.site;

/** Radiosensitivity: the clinician's override, else the histology's class (002 §1.3), else unknown. */
export function radiosensitivityOf(facts: PatientFacts): { class: Radiosensitivity; basis: string } {
  if (facts.primary.radiosensitivity) return { class: facts.primary.radiosensitivity, basis: 'clinician' };
  const histology = facts.primary.histology;
  return histology ? RADIOSENSITIVITY[histology] : { class: 'unknown', basis: 'histology not given' };
}

/** Current or recent systemic agents of the given classes. */
export const agentsOfClass = (facts: PatientFacts, classes: readonly string[]) =>
  facts.systemicTherapy.filter((t) => classes.includes(t.class));
