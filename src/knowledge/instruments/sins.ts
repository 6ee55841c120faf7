import { z } from 'zod';
import { sinsText as T } from './sins.text.js';
import { join, text, type Text } from '../text.js';
import { punctuation } from '../punctuation.text.js';
import { spinalSpanSchema } from '../anatomy/schemas.js';
import type { SpinalLevel } from '../anatomy/spine.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item, optionOf } from './instrument.js';

// Item points from Fisher CG et al., Spine 2010; 002 §2.3 names the six items and the bands.
const LOCATION = { junctional: 3, mobile: 2, 'semi-rigid': 1, rigid: 0 } as const;
const PAIN = { mechanical: 3, 'occasional-non-mechanical': 1, 'pain-free': 0 } as const;
const BONE_LESION = { lytic: 2, mixed: 1, blastic: 0 } as const;
const ALIGNMENT = { 'subluxation-translation': 4, 'de-novo-deformity': 2, normal: 0 } as const;
const COLLAPSE = { 'over-50': 3, 'under-50': 2, 'none-over-50-involved': 1, none: 0 } as const;
const POSTEROLATERAL = { bilateral: 3, unilateral: 1, none: 0 } as const;

export type SinsLocation = keyof typeof LOCATION;

const JUNCTIONAL: readonly SpinalLevel[] = ['C1', 'C2', 'C7', 'T1', 'T2', 'T11', 'T12', 'L1', 'L5', 'S1'];
const MOBILE: readonly SpinalLevel[] = ['C3', 'C4', 'C5', 'C6', 'L2', 'L3', 'L4'];
const RIGID: readonly SpinalLevel[] = ['S2', 'S3', 'S4', 'S5'];

/** The SINS location category of one vertebra (occiput–C2 counts C1 and C2 as junctional). */
export function sinsLocationOf(level: SpinalLevel): SinsLocation {
  if (JUNCTIONAL.includes(level)) return 'junctional';
  if (MOBILE.includes(level)) return 'mobile';
  if (RIGID.includes(level)) return 'rigid';
  return 'semi-rigid';
}

/** A lesion spanning several levels takes the highest-scoring category among them. */
export function sinsLocationOfSpan(levels: readonly SpinalLevel[]): SinsLocation {
  return levels
    .map(sinsLocationOf)
    .reduce((best, next) => (LOCATION[next] > LOCATION[best] ? next : best));
}

export const sinsInput = z.strictObject({
  level: spinalSpanSchema.describe('Vertebra such as "T11", or a contiguous span such as "T12-L1"; the rule maps it to the location category (a span takes the higher one)'),
  pain: optionOf(PAIN).describe('mechanical (worse on movement or loading), occasional non-mechanical, or pain-free'),
  boneLesion: optionOf(BONE_LESION).describe('Radiographic character of the lesion'),
  alignment: optionOf(ALIGNMENT).describe('Subluxation/translation, de-novo deformity (kyphosis or scoliosis) or normal'),
  collapse: optionOf(COLLAPSE).describe('over-50: > 50 % collapse; under-50: < 50 %; none-over-50-involved: no collapse with > 50 % of the body involved; none'),
  posterolateral: optionOf(POSTEROLATERAL).describe('Facet, pedicle or costovertebral joint fractured or replaced by tumour'),
  previousTreatmentAtLevel: z
    .enum(['none', 'operated', 'irradiated', 'chemotherapy'])
    .optional()
    .describe('Operated, irradiated or chemotherapy-treated levels cannot be assessed (002 §2.3): no total and no band, the items are still listed'),
});
export type SinsInput = z.input<typeof sinsInput>;

/** The facts of a lesion as the registry and the spine map record them once. */
export interface LesionFactsForSins {
  character?: keyof typeof BONE_LESION | null;
  pediclesInvolved?: keyof typeof POSTEROLATERAL | null;
  collapsePercent?: number | null;
  /** No collapse, but more than 50 % of the vertebral body involved by tumour. */
  bodyOver50Involved?: boolean;
}

/**
 * The SINS items a lesion's recorded facts answer, so each fact is entered once: character →
 * bone lesion; pedicle/posterolateral involvement → posterolateral; collapse % → collapse
 * (Fisher 2010 splits at 50 % without saying where 50 % itself goes: we count 50 % as
 * "> 50 %", the more unstable reading); 0 % → none, or "no collapse with > 50 % involved".
 * A fact not recorded is left out, and SINS then asks for it.
 */
export function sinsItemsOfLesion(lesion: LesionFactsForSins): Partial<Pick<SinsInput, 'boneLesion' | 'posterolateral' | 'collapse'>> {
  const items: Partial<Pick<SinsInput, 'boneLesion' | 'posterolateral' | 'collapse'>> = {};
  if (lesion.character) items.boneLesion = lesion.character;
  if (lesion.pediclesInvolved) items.posterolateral = lesion.pediclesInvolved;
  const collapse = lesion.collapsePercent;
  if (typeof collapse === 'number' && Number.isFinite(collapse) && collapse >= 0 && collapse <= 100) {
    items.collapse = collapse >= 50 ? 'over-50' : collapse > 0 ? 'under-50' : lesion.bodyOver50Involved ? 'none-over-50-involved' : 'none';
  }
  return items;
}

export type SinsBand = 'stable' | 'potentially-unstable' | 'unstable';
export const sinsBand = (total: number): SinsBand => (total <= 6 ? 'stable' : total <= 12 ? 'potentially-unstable' : 'unstable');

/** 002 §2.3: "已经手术的节段或者放化疗后的节段无法评估" — operated, irradiated or chemotherapy-treated levels. */
export const SINS_UNASSESSABLE_TREATMENTS = ['operated', 'irradiated', 'chemotherapy'] as const;
type Treatment = (typeof SINS_UNASSESSABLE_TREATMENTS)[number];
const isTreated = (value: string | undefined): value is Treatment => (SINS_UNASSESSABLE_TREATMENTS as readonly string[]).includes(value ?? '');

/** The distinct location categories of a span, highest-scoring first. */
export function sinsLocationsOfSpan(levels: readonly SpinalLevel[]): SinsLocation[] {
  return [...new Set(levels.map(sinsLocationOf))].sort((a, b) => LOCATION[b] - LOCATION[a]);
}

export const sins = defineInstrument({
  id: 'sins',
  version: '2.0.0',
  name: T.name,
  summary: T.summary,
  schema: sinsInput,
  sources: [
    cite('002', '§2.3'),
    publicSource('Fisher CG et al. A novel classification system for spinal instability in neoplastic disease. Spine 2010;35(22):E1221–9'),
  ],
  examples: [
    { level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'unilateral' },
    { level: 'T7', pain: 'occasional-non-mechanical', boneLesion: 'blastic', alignment: 'normal', collapse: 'none', posterolateral: 'none' },
  ],
  compute(input) {
    const location = sinsLocationOfSpan(input.level.levels);
    const categories = sinsLocationsOfSpan(input.level.levels);
    const rows = [
      item('location', T.location.label, input.level.text, T.location.options[location], LOCATION[location]),
      item('pain', T.pain.label, input.pain, T.pain.options[input.pain], PAIN[input.pain]),
      item('boneLesion', T.boneLesion.label, input.boneLesion, T.boneLesion.options[input.boneLesion], BONE_LESION[input.boneLesion]),
      item('alignment', T.alignment.label, input.alignment, T.alignment.options[input.alignment], ALIGNMENT[input.alignment]),
      item('collapse', T.collapse.label, input.collapse, T.collapse.options[input.collapse], COLLAPSE[input.collapse]),
      item('posterolateral', T.posterolateral.label, input.posterolateral, T.posterolateral.options[input.posterolateral], POSTEROLATERAL[input.posterolateral]),
    ];
    const sum = rows.reduce((acc, row) => acc + (row.points ?? 0), 0);
    const treatment = input.previousTreatmentAtLevel;
    const short = (c: SinsLocation) => text(T.location.short[c]);
    const caveats: Text[] = [];
    if (categories.length > 1) {
      const span = text(T.caveats.span, {
        span: input.level.text, categories: join(categories.map(short), T.caveats.listSeparator), category: short(location), points: LOCATION[location],
      });
      // The other reading of a span (002 names none): each lower category, said when it would change the band.
      const others = isTreated(treatment) ? [] : categories.slice(1).flatMap((other) => {
        const otherTotal = sum - LOCATION[location] + LOCATION[other];
        const otherBand = sinsBand(otherTotal);
        return otherBand === sinsBand(sum) ? [] : [text(T.caveats.spanOtherReading, {
          other: short(other), otherPoints: LOCATION[other], otherTotal,
          otherBand: text(T.bands[otherBand]), band: text(T.bands[sinsBand(sum)]),
        })];
      });
      caveats.push(join([span, ...others], punctuation.sentence));
    }
    caveats.push(text(T.caveats.noPrognosis));
    const derived = { location, locationCategories: categories, levels: input.level.levels, assessable: !isTreated(treatment) };
    if (isTreated(treatment)) {
      // 002 §2.3: the level cannot be assessed — no total and no band; the items stay for the record.
      return {
        total: null,
        band: band('not-assessable', T.bands['not-assessable']),
        items: rows,
        derived: { ...derived, previousTreatmentAtLevel: treatment },
        interpretation: text(T.interpretation['not-assessable'], { treatment: text(T.caveats.treatment[treatment]) }),
        caveats,
      };
    }
    const bandId = sinsBand(sum);
    return {
      total: sum,
      band: band(bandId, T.bands[bandId]),
      items: rows,
      derived,
      interpretation: text(T.interpretation[bandId], { total: sum }),
      caveats,
    };
  },
});
