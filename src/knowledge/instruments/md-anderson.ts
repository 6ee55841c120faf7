import { z } from 'zod';
import { mdAndersonText as T } from './md-anderson.text.js';
import { join, text, type Text } from '../text.js';
import { refusal } from '../facts/issues.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item, type ItemResult } from './instrument.js';

export type BoneResponse = 'CR' | 'PR' | 'SD' | 'PD';
export const NORMALISATION_KINDS = ['bone-density', 'mri-signal', 'bone-scan'] as const;

/** 004 Table 1: PD at ≥ 25 % increase, PR at ≥ 50 % decrease. */
export const PD_INCREASE = 25;
export const PR_DECREASE = 50;

/** Size of the measured lesions: sum over lesions of the product of two perpendicular diameters. */
export function sumOfProducts(lesions: readonly (readonly [number, number])[]): number {
  return lesions.reduce((sum, [a, b]) => sum + a * b, 0);
}

const diameters = z.tuple([z.number().min(0), z.number().min(0)]);
const changePercent = z.number().min(-100);

export const mdAndersonInput = z
  .strictObject({
    newBoneMetastases: z.boolean().describe('Any new bone metastasis since baseline'),
    measurable: z
      .strictObject({ baseline: z.array(diameters).min(1), followUp: z.array(diameters).min(1) })
      .refine((m) => m.baseline.length === m.followUp.length, { ...refusal(text(T.refusals.sameLesions)), path: ['followUp'] })
      .refine((m) => sumOfProducts(m.baseline) > 0, { ...refusal(text(T.refusals.baselineSize)), path: ['baseline'] })
      .optional()
      .describe('Perpendicular diameters [a, b] in mm of each measured lesion, at baseline and follow-up in the same order'),
    nonMeasurableChangePercent: changePercent.optional().describe('Subjective size change of non-measurable lesions, % (negative = smaller)'),
    boneScanUptakeChangePercent: changePercent.optional().describe('Subjective change of bone-scan tracer uptake, % (negative = less)'),
    lyticSclerosis: z.enum(['complete', 'partial', 'none']).optional().describe('Lytic lesions on X-ray/CT: complete sclerotic fill-in, partial fill-in or sclerotic rim, none'),
    normalisation: z.array(z.enum(NORMALISATION_KINDS)).optional().describe('Normalisation of bone density (X-ray/CT), MRI signal or bone scan'),
    osteoblasticFlare: z.boolean().optional().describe('Osteoblastic flare'),
  })
  .superRefine((input, ctx) => {
    const assessed = [input.measurable, input.nonMeasurableChangePercent, input.boneScanUptakeChangePercent, input.lyticSclerosis, input.normalisation, input.osteoblasticFlare];
    if (!input.newBoneMetastases && assessed.every((v) => v === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], ...refusal(text(T.refusals.noFinding)) });
    }
  });
export type MdAndersonInput = z.input<typeof mdAndersonInput>;
type Parsed = z.output<typeof mdAndersonInput>;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The response category and the findings that decided it; PD outranks CR, CR outranks PR. */
export function boneResponse(input: Parsed): { response: BoneResponse; reasons: Text[]; measurableChange: number | null } {
  const measurableChange = input.measurable
    ? ((sumOfProducts(input.measurable.followUp) - sumOfProducts(input.measurable.baseline)) / sumOfProducts(input.measurable.baseline)) * 100
    : null;
  const nonMeasurable = input.nonMeasurableChangePercent;
  const scan = input.boneScanUptakeChangePercent;
  const pd: Text[] = [];
  if (input.newBoneMetastases) pd.push(text(T.reasons.newBoneMetastases));
  if (measurableChange !== null && measurableChange >= PD_INCREASE) pd.push(text(T.reasons.measurableIncrease, { change: round1(measurableChange) }));
  if (nonMeasurable !== undefined && nonMeasurable >= PD_INCREASE) pd.push(text(T.reasons.nonMeasurableIncrease, { change: nonMeasurable }));
  if (scan !== undefined && scan >= PD_INCREASE) pd.push(text(T.reasons.boneScanIncrease, { change: scan }));
  if (pd.length > 0) return { response: 'PD', reasons: pd, measurableChange };

  const cr: Text[] = [];
  if (input.lyticSclerosis === 'complete') cr.push(text(T.reasons.completeSclerosis));
  if (input.normalisation && input.normalisation.length > 0) cr.push(text(T.reasons.normalised, { kinds: join(input.normalisation.map((k) => text(T.normalisationKinds[k]))) }));
  if (cr.length > 0) return { response: 'CR', reasons: cr, measurableChange };

  const pr: Text[] = [];
  if (measurableChange !== null && measurableChange <= -PR_DECREASE) pr.push(text(T.reasons.measurableDecrease, { change: round1(-measurableChange) }));
  if (nonMeasurable !== undefined && nonMeasurable <= -PR_DECREASE) pr.push(text(T.reasons.nonMeasurableDecrease, { change: -nonMeasurable }));
  if (scan !== undefined && scan <= -PR_DECREASE) pr.push(text(T.reasons.boneScanDecrease, { change: -scan }));
  if (input.lyticSclerosis === 'partial') pr.push(text(T.reasons.partialSclerosis));
  if (input.osteoblasticFlare) pr.push(text(T.reasons.flare));
  if (pr.length > 0) return { response: 'PR', reasons: pr, measurableChange };

  return { response: 'SD', reasons: [text(T.reasons.stable)], measurableChange };
}

export const mdAnderson = defineInstrument({
  id: 'md-anderson',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: mdAndersonInput,
  sources: [
    cite('004', '§3.1.6 Table 1'),
    publicSource('Hamaoka T et al. Bone imaging in metastatic breast cancer. J Clin Oncol 2004;22:2942–53'),
  ],
  examples: [
    { newBoneMetastases: false, measurable: { baseline: [[30, 20], [15, 10]], followUp: [[20, 12], [10, 6]] } },
    { newBoneMetastases: false, lyticSclerosis: 'partial', boneScanUptakeChangePercent: -20 },
  ],
  compute(input) {
    const { response, reasons, measurableChange } = boneResponse(input);
    const yesNo = (v: boolean) => text(v ? T.yes : T.no);
    const pct = (v: number) => text(T.percent, { change: v > 0 ? `+${v}` : v });
    const rows: ItemResult[] = [item('newBoneMetastases', T.items.newBoneMetastases, input.newBoneMetastases, yesNo(input.newBoneMetastases), null)];
    const derived: Record<string, number | null> = { measurableChangePercent: measurableChange === null ? null : round1(measurableChange) };
    if (input.measurable) {
      const baseline = sumOfProducts(input.measurable.baseline);
      const followUp = sumOfProducts(input.measurable.followUp);
      derived.sumOfProductsBaseline = baseline;
      derived.sumOfProductsFollowUp = followUp;
      rows.push(item('measurable', T.items.measurable, [baseline, followUp], text(T.measurableAnswer, { baseline, followUp, change: round1(measurableChange ?? 0) }), null));
    }
    if (input.nonMeasurableChangePercent !== undefined) rows.push(item('nonMeasurable', T.items.nonMeasurable, input.nonMeasurableChangePercent, pct(input.nonMeasurableChangePercent), null));
    if (input.boneScanUptakeChangePercent !== undefined) rows.push(item('boneScan', T.items.boneScan, input.boneScanUptakeChangePercent, pct(input.boneScanUptakeChangePercent), null));
    if (input.lyticSclerosis) rows.push(item('lyticSclerosis', T.items.lyticSclerosis, input.lyticSclerosis, T.sclerosis[input.lyticSclerosis], null));
    if (input.normalisation) rows.push(item('normalisation', T.items.normalisation, input.normalisation, join(input.normalisation.map((k) => text(T.normalisationKinds[k]))), null));
    if (input.osteoblasticFlare !== undefined) rows.push(item('osteoblasticFlare', T.items.osteoblasticFlare, input.osteoblasticFlare, yesNo(input.osteoblasticFlare), null));
    const caveats = [text(T.caveats.sdTypo)];
    if (input.osteoblasticFlare || input.boneScanUptakeChangePercent !== undefined) caveats.unshift(text(T.caveats.flare));
    return {
      total: null,
      band: band(response, T.bands[response]),
      items: rows,
      derived,
      interpretation: text(T.interpretation, { band: text(T.bands[response]), reasons: join(reasons, T.separator) }),
      caveats,
    };
  },
});
