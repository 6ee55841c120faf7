import { parseLevelSpan, type SpinalLevel } from '../anatomy/spine.js';
import type { LesionFacts, PatientFacts, PriorTreatment } from '../facts/index.js';

/**
 * Fact readers the rule modules share: which previous treatments cover a lesion's levels. Indexed once per
 * facts object, so the rules stay linear in the number of lesions and treatments.
 */

const levelsByTreatment = new WeakMap<PriorTreatment, ReadonlySet<SpinalLevel>>();
const treatmentsByLevel = new WeakMap<PatientFacts, ReadonlyMap<SpinalLevel, readonly PriorTreatment[]>>();

/** The vertebrae a previous treatment's recorded levels name. */
export function levelsOf(treatment: PriorTreatment): ReadonlySet<SpinalLevel> {
  let levels = levelsByTreatment.get(treatment);
  if (!levels) {
    levels = new Set((treatment.levels ?? []).flatMap((text) => parseLevelSpan(text) ?? []));
    levelsByTreatment.set(treatment, levels);
  }
  return levels;
}

/** The treatment's recorded levels overlap the lesion's levels. */
export function treatmentCovers(treatment: PriorTreatment, lesion: LesionFacts): boolean {
  if (!lesion.level) return false;
  const treated = levelsOf(treatment);
  return lesion.level.levels.some((level) => treated.has(level));
}

/** The previous treatments whose levels overlap the lesion's, in the order the facts list them. */
export function treatmentsCovering(facts: PatientFacts, lesion: LesionFacts): PriorTreatment[] {
  if (!lesion.level) return [];
  let index = treatmentsByLevel.get(facts);
  if (!index) {
    const built = new Map<SpinalLevel, PriorTreatment[]>();
    for (const treatment of facts.priorTreatments) {
      for (const level of levelsOf(treatment)) built.set(level, [...(built.get(level) ?? []), treatment]);
    }
    index = built;
    treatmentsByLevel.set(facts, index);
  }
  const found = new Set<PriorTreatment>();
  for (const level of lesion.level.levels) for (const treatment of index.get(level) ?? []) found.add(treatment);
  return facts.priorTreatments.filter((t) => found.has(t));
}
