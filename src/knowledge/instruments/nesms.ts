import { z } from 'zod';
import { modifiedBauerText } from './modified-bauer.text.js';
import { nesmsText as T } from './nesms.text.js';
import { text } from '../text.js';
import { publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';
import { modifiedBauer, modifiedBauerFields, modifiedBauerInput } from './modified-bauer.js';

/** Modified Bauer score from which NESMS gives 2 points (Ghori 2015 "high" modified Bauer). */
export const NESMS_BAUER_THRESHOLD = 3;
/** Serum albumin (g/dL) from which NESMS gives 1 point. */
export const NESMS_ALBUMIN_THRESHOLD = 3.5;
/** The ceiling of the total (Ghori 2015). */
export const NESMS_MAX = 3;
export const AMBULATORY = ['independent', 'assisted', 'non-ambulatory'] as const;

export type NesmsBand = '0' | '1' | '2' | '3';

export const nesmsInput = z.strictObject({
  ...modifiedBauerFields,
  ambulatory: z.enum(AMBULATORY).describe('Ambulatory status: independent scores 1; walking with assistance or not walking scores 0'),
  albumin: z.number().min(0).max(10).describe('Serum albumin, g/dL (≥ 3.5 scores 1)'),
});
export type NesmsInput = z.input<typeof nesmsInput>;

export const nesms = defineInstrument({
  id: 'nesms',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: nesmsInput,
  sources: [
    publicSource('Ghori AK, Leonard DA, Schoenfeld AJ, et al. Modeling 1-year survival after surgery on the metastatic spine. Spine J 2015;15(11):2345–50'),
    publicSource('Schoenfeld AJ, Ferrone ML, Schwab JH, Blucher JA, Barton LB, Tobert DG, Chi JH, Shin JH, Kang JD, Harris MB. Prospective validation of a clinical prediction score for survival in patients with spinal metastases: the New England Spinal Metastasis Score. Spine J 2021;21(1):28–36. doi:10.1016/j.spinee.2020.02.009'),
    publicSource('Goodwin CR, Schoenfeld AJ, Abu-Bonsrah NA, Garzon-Muvdi T, Sankey EW, Harris MB, Sciubba DM. Reliability of a spinal metastasis prognostic score to model 1-year survival. Spine J 2016;16(9):1102–8. doi:10.1016/j.spinee.2016.04.008'),
  ],
  examples: [
    { primary: 'breast', visceralMetastases: false, skeletalMetastases: 'multiple', ambulatory: 'independent', albumin: 3.9 },
    { primary: 'lung-nsclc', visceralMetastases: true, skeletalMetastases: 'multiple', ambulatory: 'assisted', albumin: 3.1 },
  ],
  compute(input) {
    // The modified Bauer instrument scores its part, so both always agree.
    const bauer = modifiedBauer.score(modifiedBauerInput.parse({ primary: input.primary, visceralMetastases: input.visceralMetastases, skeletalMetastases: input.skeletalMetastases }));
    const bauerTotal = bauer.total ?? 0;
    const rows = [
      item('modifiedBauer', T.items.modifiedBauer, bauerTotal, text(T.modifiedBauerAnswer, { total: bauerTotal, band: bauer.band.label }), bauerTotal >= NESMS_BAUER_THRESHOLD ? 2 : 0),
      item('ambulatory', T.items.ambulatory, input.ambulatory, T.ambulatory[input.ambulatory], input.ambulatory === 'independent' ? 1 : 0),
      item('albumin', T.items.albumin, input.albumin, text(T.albuminAnswer, { value: input.albumin }), input.albumin >= NESMS_ALBUMIN_THRESHOLD ? 1 : 0),
    ];
    // Ghori 2015: "with a ceiling score of three" — the three items can add up to 4.
    const sum = rows.reduce((acc, row) => acc + (row.points ?? 0), 0);
    const total = Math.min(sum, NESMS_MAX);
    const bandId = String(total) as NesmsBand;
    return {
      total,
      band: band(bandId, T.bands[bandId]),
      items: rows,
      derived: {
        pointsBeforeCeiling: sum,
        modifiedBauer: bauerTotal,
        modifiedBauerBand: bauer.band.id,
        modifiedBauerItems: bauer.items.filter((i) => i.points === 1).map((i) => i.id),
      },
      interpretation: text(T.interpretation, { total, band: text(T.bands[bandId]) }),
      caveats: [...(sum > NESMS_MAX ? [text(T.caveats.ceiling, { sum })] : []), ...[T.caveats.thresholds, T.caveats.population, T.caveats.era, modifiedBauerText.caveats.definition].map((c) => text(c))],
    };
  },
});
