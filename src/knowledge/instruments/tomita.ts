import { z } from 'zod';
import { breastSubtypeText, histologyText } from '../histology.text.js';
import { tomitaText as T } from './tomita.text.js';
import { text } from '../text.js';
import { refusal } from '../facts/issues.js';
import { BREAST_SUBTYPES, HISTOLOGIES, HISTOLOGY_IDS, isAggressiveBreast, type TomitaGrowth } from '../histology.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';
import { breastSubtypeUnknown, checkBreastSubtype, prognosisCaveats, publishedScore } from './prognosis.js';

const GROWTH = { slow: 1, moderate: 2, rapid: 4 } as const;
const VISCERAL = { none: 0, treatable: 2, untreatable: 4 } as const;
const BONE = { solitary: 1, multiple: 2 } as const;

export type TomitaBand = 'wide-or-marginal' | 'marginal-or-intralesional' | 'palliative-surgery' | 'supportive-care';
export const tomitaBand = (total: number): TomitaBand =>
  total <= 3 ? 'wide-or-marginal' : total <= 5 ? 'marginal-or-intralesional' : total <= 7 ? 'palliative-surgery' : 'supportive-care';

const GROWTH_IDS = ['slow', 'moderate', 'rapid'] as const;

export const tomitaInput = z
  .strictObject({
    primary: z.enum(HISTOLOGY_IDS).describe('Primary histology; gives the growth class where Tomita 2001 names one'),
    growth: z.enum(GROWTH_IDS).optional().describe('Primary growth rate; required when the histology has no published class, otherwise overrides it'),
    breastSubtype: z.enum(BREAST_SUBTYPES).optional().describe('Breast only: ER/HR-negative and triple-negative move slow → moderate growth (002 §2.2)'),
    visceralMetastases: z.enum(['none', 'treatable', 'untreatable']).describe('Visceral metastases'),
    boneMetastases: z.enum(['solitary', 'multiple']).describe('Bone metastases including the spine'),
  })
  .superRefine((input, ctx) => {
    if (input.growth === undefined && HISTOLOGIES[input.primary].tomitaGrowth === null) {
      ctx.addIssue({ code: 'custom', path: ['growth'], ...refusal(text(T.growthRequired, { primary: input.primary, accepted: GROWTH_IDS.join(', ') })) });
    }
    checkBreastSubtype(input, ctx);
  });
export type TomitaInput = z.input<typeof tomitaInput>;

export const tomita = defineInstrument({
  id: 'tomita',
  version: '1.1.0',
  name: T.name,
  summary: T.summary,
  schema: tomitaInput,
  sources: [
    cite('002', '§2.1'),
    cite('002', '§2.2'),
    publicSource('Tomita K et al. Surgical strategy for spinal metastases. Spine 2001;26:298–306'),
  ],
  examples: [
    { primary: 'kidney', visceralMetastases: 'none', boneMetastases: 'solitary' },
    { primary: 'breast', breastSubtype: 'triple-negative', visceralMetastases: 'treatable', boneMetastases: 'multiple' },
  ],
  compute(input) {
    const published = HISTOLOGIES[input.primary].tomitaGrowth as TomitaGrowth | null;
    // The class as given or as Tomita 2001 publishes it; 002 §2.2 then moves aggressive breast slow → moderate.
    const unmodified: TomitaGrowth = input.growth ?? (published as TomitaGrowth);
    const aggressive = isAggressiveBreast(input.primary, input.breastSubtype);
    const modifierApplied = aggressive && unmodified === 'slow';
    const growth: TomitaGrowth = modifierApplied ? 'moderate' : unmodified;
    const growthAnswer = input.breastSubtype
      ? text(T.growthAnswerWithSubtype, { growth: text(T.growth[growth]), histology: text(histologyText[input.primary]), subtype: text(breastSubtypeText[input.breastSubtype]) })
      : text(T.growthAnswer, { growth: text(T.growth[growth]), histology: text(histologyText[input.primary]) });
    const rows = [
      item('growth', T.items.growth, growth, growthAnswer, GROWTH[growth]),
      item('visceral', T.items.visceral, input.visceralMetastases, T.visceral[input.visceralMetastases], VISCERAL[input.visceralMetastases]),
      item('bone', T.items.bone, input.boneMetastases, T.bone[input.boneMetastases], BONE[input.boneMetastases]),
    ];
    const total = rows.reduce((sum, row) => sum + (row.points ?? 0), 0);
    const publishedTotal = total - GROWTH[growth] + GROWTH[unmodified];
    const bandId = tomitaBand(total);
    const subtype = input.breastSubtype;
    const subtypeText = subtype ? text(breastSubtypeText[subtype]) : '';
    const breastNote = modifierApplied
      ? text(T.breastModifierApplied, { subtype: subtypeText })
      : aggressive
        ? text(T.breastModifierNotApplicable, { subtype: subtypeText, growth: text(T.growth[unmodified]), points: GROWTH[unmodified] })
        : breastSubtypeUnknown(input.primary, subtype) && unmodified === 'slow' ? text(T.breastSubtypeMissing) : null;
    const caveats = prognosisCaveats(breastNote);
    if (input.growth !== undefined && published !== null && input.growth !== published) {
      caveats.unshift(text(T.growthOverride, {
        given: text(T.growth[input.growth]),
        published: text(T.growth[published]),
        histology: text(histologyText[input.primary]),
      }));
    }
    caveats.push(text(T.pointsNote));
    return {
      total,
      band: band(bandId, T.bands[bandId]),
      ...publishedScore(publishedTotal, tomitaBand, T.bands, T.publishedTotal),
      items: rows,
      derived: { growth, breastModifierApplied: modifierApplied },
      interpretation: text(T.interpretation[bandId], { total }),
      caveats,
    };
  },
});
