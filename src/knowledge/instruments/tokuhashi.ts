import { z } from 'zod';
import { breastSubtypeText, histologyText } from '../histology.text.js';
import { tokuhashiText as T } from './tokuhashi.text.js';
import { text } from '../text.js';
import { BREAST_SUBTYPES, HISTOLOGIES, HISTOLOGY_IDS, isAggressiveBreast } from '../histology.js';
import { breastSubtypeUnknown, checkBreastSubtype, prognosisCaveats, publishedScore } from './prognosis.js';
import { cite, publicSource } from '../sources.js';
import { frankelGradeSchema, tokuhashiPalsyPoints } from './frankel.js';
import { band, defineInstrument, item } from './instrument.js';
import { kpsBand, type KpsValue } from './kps.js';

const VISCERAL = { unresectable: 0, resectable: 1, none: 2 } as const;

/** Extraspinal bone metastases: ≥ 3 → 0, 1–2 → 1, 0 → 2. */
export const extraspinalBonePoints = (n: number) => (n >= 3 ? 0 : n >= 1 ? 1 : 2);
/** Vertebral-body metastases: ≥ 3 → 0, 2 → 1, 1 → 2. */
export const vertebralBodyPoints = (n: number) => (n >= 3 ? 0 : n === 2 ? 1 : 2);

export type TokuhashiBand = 'under-6-months' | '6-to-12-months' | 'over-12-months';
export const tokuhashiBand = (total: number): TokuhashiBand =>
  total <= 8 ? 'under-6-months' : total <= 11 ? '6-to-12-months' : 'over-12-months';

/** The band a survival in months falls in (002 §2.2: "＜6 个月、6~12 个月和＞12 个月"), to compare an estimate with the score. */
export function tokuhashiBandOfMonths(months: number): TokuhashiBand {
  if (months < 6) return 'under-6-months';
  return months <= 12 ? '6-to-12-months' : 'over-12-months';
}

export const tokuhashiInput = z
  .strictObject({
    kps: z.number().int().min(10).max(100).multipleOf(10).transform((v) => v as KpsValue).describe('Karnofsky score 10–100 in steps of 10'),
    extraspinalBoneMetastases: z.number().int().min(0).describe('Number of extraspinal bone metastases'),
    vertebralBodyMetastases: z.number().int().min(1).describe('Number of vertebral-body metastases (at least 1)'),
    visceralMetastases: z.enum(['unresectable', 'resectable', 'none']).describe('Metastases to the major internal organs'),
    primary: z.enum(HISTOLOGY_IDS).describe('Primary histology; unlisted sites score as "other" (2)'),
    breastSubtype: z.enum(BREAST_SUBTYPES).optional().describe('Breast only: ER/HR-negative and triple-negative lower the primary points 5 → 3 (002 §2.2)'),
    frankel: frankelGradeSchema.describe('Frankel grade A–E (palsy item)'),
  })
  .superRefine(checkBreastSubtype);
export type TokuhashiInput = z.input<typeof tokuhashiInput>;

export const tokuhashi = defineInstrument({
  id: 'tokuhashi',
  version: '1.1.0',
  name: T.name,
  summary: T.summary,
  schema: tokuhashiInput,
  sources: [
    cite('002', '§2.2'),
    cite('002', '§1.5'),
    publicSource('Tokuhashi Y et al. A revised scoring system for preoperative evaluation of metastatic spine tumor prognosis. Spine 2005;30:2186–91'),
  ],
  examples: [
    { kps: 70, extraspinalBoneMetastases: 1, vertebralBodyMetastases: 2, visceralMetastases: 'none', primary: 'breast', breastSubtype: 'hormone-receptor-positive', frankel: 'E' },
    { kps: 50, extraspinalBoneMetastases: 3, vertebralBodyMetastases: 3, visceralMetastases: 'unresectable', primary: 'lung-nsclc', frankel: 'D' },
  ],
  compute(input) {
    const kpsBandId = kpsBand(input.kps);
    const generalPoints = kpsBandId === 'good' ? 2 : kpsBandId === 'moderate' ? 1 : 0;
    const aggressive = isAggressiveBreast(input.primary, input.breastSubtype);
    const primaryPoints = aggressive ? 3 : HISTOLOGIES[input.primary].tokuhashi;
    const palsyPoints = tokuhashiPalsyPoints(input.frankel);
    const palsyBand = palsyPoints === 0 ? 'complete' : palsyPoints === 1 ? 'incomplete' : 'none';
    const primaryLabel = input.primary === 'breast' && input.breastSubtype
      ? text(T.breastWithSubtype, { primary: text(histologyText.breast), subtype: text(breastSubtypeText[input.breastSubtype]) })
      : text(histologyText[input.primary]);
    const rows = [
      item('generalCondition', T.items.generalCondition, input.kps, text(T.kps[kpsBandId as 'poor' | 'moderate' | 'good'], { kps: input.kps }), generalPoints),
      item('extraspinalBone', T.items.extraspinalBone, input.extraspinalBoneMetastases, text(T.count, { n: input.extraspinalBoneMetastases }), extraspinalBonePoints(input.extraspinalBoneMetastases)),
      item('vertebralBody', T.items.vertebralBody, input.vertebralBodyMetastases, text(T.count, { n: input.vertebralBodyMetastases }), vertebralBodyPoints(input.vertebralBodyMetastases)),
      item('visceral', T.items.visceral, input.visceralMetastases, T.visceral[input.visceralMetastases], VISCERAL[input.visceralMetastases]),
      item('primary', T.items.primary, input.primary, primaryLabel, primaryPoints),
      item('palsy', T.items.palsy, input.frankel, text(T.palsy[palsyBand], { grade: input.frankel }), palsyPoints),
    ];
    const total = rows.reduce((sum, row) => sum + (row.points ?? 0), 0);
    // Tokuhashi 2005 as published: the histology's own primary-site points.
    const publishedTotal = total - primaryPoints + HISTOLOGIES[input.primary].tokuhashi;
    const bandId = tokuhashiBand(total);
    const subtype = input.breastSubtype;
    const breastNote = aggressive && subtype
      ? text(T.breastModifierApplied, { subtype: text(breastSubtypeText[subtype]) })
      : breastSubtypeUnknown(input.primary, subtype) ? text(T.breastSubtypeMissing) : null;
    const caveats = prognosisCaveats(breastNote);
    return {
      total,
      band: band(bandId, T.bands[bandId]),
      ...publishedScore(publishedTotal, tokuhashiBand, T.bands, T.publishedTotal),
      items: rows,
      derived: { breastModifierApplied: aggressive },
      interpretation: text(T.interpretation[bandId], { total }),
      caveats,
    };
  },
});
