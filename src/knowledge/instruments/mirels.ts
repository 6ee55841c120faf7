import { z } from 'zod';
import { mirelsText as T } from './mirels.text.js';
import { text } from '../text.js';
import { publicSource } from '../sources.js';
import { band, defineInstrument, item, optionOf } from './instrument.js';

export const MIRELS_CITATION = 'Mirels H. Metastatic disease in long bones: a proposed scoring system for diagnosing impending pathologic fractures. Clin Orthop Relat Res 1989;(249):256–264';

/** Points per item (Mirels 1989, Table 1). */
const SITE = { 'upper-limb': 1, 'lower-limb': 2, peritrochanteric: 3 } as const;
const PAIN = { mild: 1, moderate: 2, functional: 3 } as const;
const LESION = { blastic: 1, mixed: 2, lytic: 3 } as const;
const SIZE = { 'under-third': 1, 'third-to-two-thirds': 2, 'over-two-thirds': 3 } as const;

/** Mirels: 9 or more → prophylactic fixation; 8 → clinical judgement; 7 or less → radiotherapy and observation. */
export const MIRELS_FIXATION_FROM = 9;
export const MIRELS_BORDERLINE = 8;
export type MirelsBand = 'low' | 'borderline' | 'high';
export const mirelsBand = (total: number): MirelsBand => (total >= MIRELS_FIXATION_FROM ? 'high' : total === MIRELS_BORDERLINE ? 'borderline' : 'low');

export const mirelsInput = z.strictObject({
  site: optionOf(SITE).describe('upper-limb, lower-limb or peritrochanteric'),
  pain: optionOf(PAIN).describe('mild, moderate or functional (pain on use of the limb)'),
  lesion: optionOf(LESION).describe('blastic, mixed or lytic'),
  size: optionOf(SIZE).describe('Share of the cortex destroyed: under-third, third-to-two-thirds, over-two-thirds'),
});
export type MirelsInput = z.input<typeof mirelsInput>;

const UPPER_LIMB_BONES: readonly string[] = ['humerus', 'radius', 'ulna'];

/** The long-bone lesion facts Mirels reads (facts/lesion.ts). */
export interface LesionFactsForMirels {
  site: string;
  longBone?: string | undefined;
  peritrochanteric?: boolean | undefined;
  limbPain?: keyof typeof PAIN | undefined;
  character?: keyof typeof LESION | undefined;
  cortexInvolved?: keyof typeof SIZE | undefined;
}

/**
 * The Mirels items a long-bone lesion's facts answer; an item they leave open is absent. Site:
 * peritrochanteric when so recorded, else the limb of the recorded bone; a proximal-femur lesion
 * whose peritrochanteric fact is not recorded leaves it open (it may be either).
 */
export function mirelsItemsOfLesion(lesion: LesionFactsForMirels): Partial<MirelsInput> {
  const items: Partial<MirelsInput> = {};
  if (lesion.peritrochanteric === true) items.site = 'peritrochanteric';
  else if (lesion.longBone !== undefined && !(lesion.site === 'proximal-femur' && lesion.peritrochanteric === undefined)) {
    items.site = UPPER_LIMB_BONES.includes(lesion.longBone) ? 'upper-limb' : 'lower-limb';
  }
  if (lesion.limbPain !== undefined) items.pain = lesion.limbPain;
  if (lesion.character !== undefined) items.lesion = lesion.character;
  if (lesion.cortexInvolved !== undefined) items.size = lesion.cortexInvolved;
  return items;
}

export const mirels = defineInstrument({
  id: 'mirels',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: mirelsInput,
  sources: [publicSource(MIRELS_CITATION)],
  examples: [
    { site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'over-two-thirds' },
    { site: 'upper-limb', pain: 'moderate', lesion: 'lytic', size: 'third-to-two-thirds' },
  ],
  compute(input) {
    const items = [
      item('site', T.items.site, input.site, T.site[input.site], SITE[input.site]),
      item('pain', T.items.pain, input.pain, T.pain[input.pain], PAIN[input.pain]),
      item('lesion', T.items.lesion, input.lesion, T.lesion[input.lesion], LESION[input.lesion]),
      item('size', T.items.size, input.size, T.size[input.size], SIZE[input.size]),
    ];
    const total = items.reduce((sum, row) => sum + (row.points ?? 0), 0);
    const id = mirelsBand(total);
    return {
      total,
      band: band(id, T.bands[id]),
      items,
      derived: {},
      interpretation: text(T.interpretation, { total, band: text(T.bands[id]) }),
      caveats: [T.caveats.public, T.caveats.population, T.caveats.notAlone].map((c) => text(c)),
    };
  },
});
