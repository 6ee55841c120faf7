import type { Localized } from '../../i18n/lang.js';
import { factValueLabels } from '../../knowledge/texts.js';
import { mirelsItemsOfLesion, type LesionFactsForMirels } from '../../knowledge/instruments/index.js';
import type { Rec } from '../api.js';

/**
 * The registry's lesion records as the decision facts read them (src/knowledge/facts/lesion.ts):
 * a spinal lesion by its level, an extraspinal one by its site and, on a long bone, the bone and
 * the Mirels items; and the lesions a treatment names as the site, levels and bone of a prior
 * treatment. Pure: record fields in, fact text out (the facts form keeps every value as text).
 */

/** A lesion record on the spine: site `spine`, or no site (stored before extraspinal lesions). */
export const isSpinalLesion = (lesion: Rec): boolean => lesion.site === undefined || lesion.site === null || lesion.site === 'spine';

const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : String(value);

/** The lesion fields the facts take under the same names (the record's `tomitaType` has no fact: the Tomita sites do). */
const SHARED = [
  'level', 'character', 'posteriorWallIntact', 'pediclesInvolved', 'collapsePercent', 'escc', 'wbbZones', 'fracture',
  'acetabulumInvolved', 'longBone', 'boneRegion', 'peritrochanteric', 'limbPain', 'cortexInvolved',
] as const;

/**
 * One lesion record as fact text, field by field (`lesions[i].<field>`): `site` when not the
 * spine (the facts' default), `level` for a spinal lesion only, every other recorded field as is.
 */
export function recordLesionFacts(lesion: Rec): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isSpinalLesion(lesion)) out.site = String(lesion.site);
  for (const field of SHARED) {
    const value = text(lesion[field]);
    if (value !== undefined && !(field === 'level' && !isSpinalLesion(lesion))) out[field] = value;
  }
  return out;
}

/** Spinal lesions first, by level as the facts form sorts them; then the extraspinal ones by site, bone and detection date. */
export function orderRecordLesions(lesions: readonly Rec[]): Rec[] {
  const key = (l: Rec) => (isSpinalLesion(l) ? `0 ${String(l.level)}` : `1 ${String(l.site)} ${String(l.longBone ?? '')} ${String(l.detectedOn ?? '')}`);
  return [...lesions].sort((a, b) => key(a).localeCompare(key(b)));
}

/** `metastases.spinal` and `metastases.extraspinalBone` from the lesion records (0 where none: leave the fact open). */
export function lesionCounts(lesions: readonly Rec[]): { spinal: number; extraspinalBone: number } {
  const spinal = lesions.filter(isSpinalLesion).length;
  return { spinal, extraspinalBone: lesions.length - spinal };
}

/** Where a prior treatment was given, as `priorTreatments[i]` takes it. */
export interface PriorTreatmentTarget {
  site?: string;
  levels?: string[];
  longBone?: string;
}

/**
 * The targets of a local treatment record, one prior-treatment row each: with no lesion named,
 * its levels (site unrecorded, read by the core as possibly any lesion); else the spine with the
 * levels of its details and of the spinal lesions named, and each extraspinal site (and bone) named.
 */
export function priorTreatmentTargets(treatment: Rec, lesions: readonly Rec[]): PriorTreatmentTarget[] {
  const details = (treatment.details ?? {}) as { levels?: unknown[] };
  const detailLevels = Array.isArray(details.levels) ? details.levels.map((l) => (typeof l === 'string' ? l : String((l as { level?: unknown }).level ?? ''))).filter(Boolean) : [];
  const ids = Array.isArray(treatment.lesionIds) ? (treatment.lesionIds as string[]) : [];
  const named = ids.map((id) => lesions.find((l) => l.id === id)).filter((l): l is Rec => l !== undefined);
  if (named.length === 0) return [detailLevels.length ? { levels: detailLevels } : {}];
  const targets: PriorTreatmentTarget[] = [];
  const spinalLevels = [...new Set([...detailLevels, ...named.filter(isSpinalLesion).map((l) => String(l.level))])];
  if (spinalLevels.length) targets.push({ site: 'spine', levels: spinalLevels });
  for (const lesion of named.filter((l) => !isSpinalLesion(l))) {
    const target: PriorTreatmentTarget = { site: String(lesion.site), ...(typeof lesion.longBone === 'string' ? { longBone: lesion.longBone } : {}) };
    if (!targets.some((t) => t.site === target.site && t.longBone === target.longBone)) targets.push(target);
  }
  return targets;
}

/** A lesion's name for the workspace: its level, or its bone (the long bone named, else the site). */
export function recordLesionName(lesion: Rec, t: (label: Localized) => string): string {
  if (isSpinalLesion(lesion)) return String(lesion.level ?? '');
  const bone = lesion.site === 'long-bone' && typeof lesion.longBone === 'string' ? lesion.longBone : String(lesion.site);
  const label = factValueLabels[bone];
  return label ? t(label) : bone;
}

/** The Mirels items a long-bone lesion record answers: fields the registry left unrecorded (null) answer none. */
export function mirelsItemsOfRecord(lesion: Rec): ReturnType<typeof mirelsItemsOfLesion> {
  const recorded = Object.fromEntries(Object.entries(lesion).filter(([, value]) => value !== null && value !== undefined));
  return mirelsItemsOfLesion({ ...recorded, site: String(lesion.site) } as LesionFactsForMirels);
}
