import { z } from 'zod';
import { vasText as T } from './vas.text.js';
import { join, text, verbatim } from '../text.js';
import { refusal } from '../facts/issues.js';
import { punctuation } from '../punctuation.text.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item, optionOf } from './instrument.js';

export const PAIN_TYPES = { local: null, mechanical: null, radicular: null } as const;
export type PainType = keyof typeof PAIN_TYPES;
export type PainBand = 'none' | 'mild' | 'moderate' | 'severe';

/** 000 §1.1: inclusion requires VAS > 6 at the treated level. */
export const VAS_INCLUSION_THRESHOLD_000 = 6;
/** 001 review 1(6): patients accept at least a 50 % reduction. */
export const MEANINGFUL_REDUCTION = 0.5;

export function painBand(score: number): PainBand {
  if (score === 0) return 'none';
  return score < 4 ? 'mild' : score < 7 ? 'moderate' : 'severe';
}

/** Relative reduction from baseline, and whether it reaches the ≥ 50 % patients accept. */
export function painResponse(baseline: number, followUp: number): { reduction: number; responder: boolean } {
  if (baseline === 0) return { reduction: 0, responder: false };
  const reduction = (baseline - followUp) / baseline;
  // Tolerance so that 8 → 4 counts as exactly 50 % despite binary floating point.
  return { reduction, responder: reduction >= MEANINGFUL_REDUCTION - 1e-12 };
}

const painScore = z.number().min(0).max(10);

export const vasInput = z
  .strictObject({
    score: painScore.describe('Current pain 0–10'),
    scale: optionOf({ vas: null, nrs: null }).default('vas').describe('vas (decimals allowed) or nrs (integers); default vas'),
    baseline: painScore.optional().describe('Pain before treatment, for the ≥ 50 % response helper'),
    painType: optionOf(PAIN_TYPES).optional().describe('local, mechanical or radicular (002 §1.2)'),
  })
  .superRefine((input, ctx) => {
    if (input.scale !== 'nrs') return;
    for (const field of ['score', 'baseline'] as const) {
      const value = input[field];
      if (value !== undefined && !Number.isInteger(value)) {
        ctx.addIssue({ code: 'custom', path: [field], ...refusal(text(T.nrsInteger, { value })) });
      }
    }
  });
export type VasInput = z.input<typeof vasInput>;

const round1 = (x: number) => Math.round(x * 10) / 10;

export const vas = defineInstrument({
  id: 'vas',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: vasInput,
  sources: [
    cite('000', '§1.1'),
    cite('001', 'review 1(6)'),
    cite('002', '§1.2'),
    cite('004', '§4.3.1'),
    publicSource('Serlin RC et al. When is cancer pain mild, moderate or severe? Pain 1995;61:277–84'),
  ],
  examples: [{ score: 7.5, baseline: 8.5 }, { score: 3, scale: 'nrs', baseline: 8, painType: 'mechanical' }],
  compute(input) {
    const bandId = painBand(input.score);
    const rows = [
      item('score', T.score, input.score, verbatim(String(input.score)), null),
      item('scale', T.scale.label, input.scale, T.scale.options[input.scale], null),
    ];
    const sentences = [text(T.interpretation, { score: input.score, band: text(T.bands[bandId]) })];
    const derived: Record<string, number | boolean | null> = {
      above000InclusionThreshold: input.score > VAS_INCLUSION_THRESHOLD_000,
    };
    if (input.score > VAS_INCLUSION_THRESHOLD_000) sentences.push(text(T.above000));
    if (input.baseline !== undefined) {
      rows.push(item('baseline', T.baseline, input.baseline, verbatim(String(input.baseline)), null));
      const { reduction, responder } = painResponse(input.baseline, input.score);
      derived.reductionPercent = round1(reduction * 100);
      derived.responder = responder;
      sentences.push(
        text(T.response, {
          baseline: input.baseline,
          reduction: round1(reduction * 100),
          verdict: text(responder ? T.responder : T.nonResponder),
        }),
      );
    }
    if (input.painType) {
      rows.push(item('painType', T.painType.label, input.painType, T.painType.options[input.painType], null));
      sentences.push(text(T.painTypeMeaning[input.painType]));
    }
    return {
      total: input.score,
      band: band(bandId, T.bands[bandId]),
      items: rows,
      derived,
      interpretation: join(sentences, punctuation.sentence),
      caveats: [text(T.caveats.bands), text(T.caveats.breakthrough)],
    };
  },
});
