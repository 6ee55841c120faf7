import { z } from 'zod';
import { sinsText as T } from '../../i18n/instruments/sins.js';
import { localize, type Localized } from '../../i18n/lang.js';
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
  previousTreatmentAtLevel: z.enum(['none', 'operated', 'irradiated']).optional().describe('SINS is not valid at operated or irradiated levels (002 §2.3): flagged as a caveat'),
});
export type SinsInput = z.input<typeof sinsInput>;

const bandOf = (total: number) => (total <= 6 ? 'stable' : total <= 12 ? 'potentially-unstable' : 'unstable');

export const sins = defineInstrument({
  id: 'sins',
  version: '1.0.0',
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
  compute(input, lang) {
    const location = sinsLocationOfSpan(input.level.levels);
    const rows = [
      item('location', T.location.label, input.level.text, T.location.options[location], LOCATION[location], lang),
      item('pain', T.pain.label, input.pain, T.pain.options[input.pain], PAIN[input.pain], lang),
      item('boneLesion', T.boneLesion.label, input.boneLesion, T.boneLesion.options[input.boneLesion], BONE_LESION[input.boneLesion], lang),
      item('alignment', T.alignment.label, input.alignment, T.alignment.options[input.alignment], ALIGNMENT[input.alignment], lang),
      item('collapse', T.collapse.label, input.collapse, T.collapse.options[input.collapse], COLLAPSE[input.collapse], lang),
      item('posterolateral', T.posterolateral.label, input.posterolateral, T.posterolateral.options[input.posterolateral], POSTEROLATERAL[input.posterolateral], lang),
    ];
    const total = rows.reduce((sum, row) => sum + (row.points ?? 0), 0);
    const bandId = bandOf(total);
    const caveats: Localized[] = [];
    const treatment = input.previousTreatmentAtLevel;
    if (treatment === 'operated' || treatment === 'irradiated') caveats.push(T.caveats.treatedLevel);
    const spansCategories = new Set(input.level.levels.map(sinsLocationOf)).size > 1;
    if (spansCategories) caveats.push(T.caveats.span);
    caveats.push(T.caveats.noPrognosis);
    return {
      total,
      band: band(bandId, T.bands[bandId], lang),
      items: rows,
      derived: { location, levels: input.level.levels },
      interpretation: localize(T.interpretation[bandId], lang, { total }),
      caveats: caveats.map((c) =>
        localize(c, lang, {
          span: input.level.text,
          treatment: treatment === 'operated' || treatment === 'irradiated' ? localize(T.caveats[treatment], lang) : '',
        }),
      ),
    };
  },
});
