import { z } from 'zod';
import { rmdqText as T } from './rmdq.text.js';
import { join, text } from '../text.js';
import { refusal } from '../facts/issues.js';
import { punctuation } from '../punctuation.text.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export const RMDQ_STATEMENTS = 24;

/** Ostelo 2008 consensus: an improvement of ≥ 5 points or ≥ 30 % from baseline is clinically important. */
export function rmdqImportantImprovement(baseline: number, followUp: number): boolean {
  const delta = baseline - followUp;
  return delta >= 5 || (baseline > 0 && delta / baseline >= 0.3 - 1e-12);
}

export const rmdqInput = z.strictObject({
  /** Numbers (1–24) of the statements the patient ticked; the others do not apply. */
  checked: z
    .array(z.number().int().min(1).max(RMDQ_STATEMENTS))
    .refine((list) => new Set(list).size === list.length, refusal(text(T.statementTwice)))
    .describe('Numbers 1–24 of the statements that apply today'),
  baseline: z.number().int().min(0).max(RMDQ_STATEMENTS).optional().describe('RMDQ score before treatment, for the change'),
});
export type RmdqInput = z.input<typeof rmdqInput>;

const round1 = (x: number) => Math.round(x * 10) / 10;

export const rmdq = defineInstrument({
  id: 'rmdq',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: rmdqInput,
  sources: [
    cite('001', 'review 1(7)'),
    cite('001', 'review 4(1)'),
    publicSource('Roland M, Morris R. Spine 1983;8:141–4'),
    publicSource('Ostelo RW et al. Interpreting change scores for pain and functional status in low back pain. Spine 2008;33:90–4'),
  ],
  examples: [{ checked: [1, 2, 5, 8, 11, 14, 15, 18, 21] }, { checked: [2, 5, 11], baseline: 9 }],
  compute(input) {
    const checked = [...input.checked].sort((a, b) => a - b);
    const total = checked.length;
    const sentences = [text(T.interpretation, { total, checked: total })];
    const derived: Record<string, number | boolean> = {};
    if (input.baseline !== undefined) {
      const delta = total - input.baseline;
      const important = rmdqImportantImprovement(input.baseline, total);
      derived.changeFromBaseline = delta;
      derived.importantImprovement = important;
      sentences.push(
        text(T.change, {
          baseline: input.baseline,
          delta: delta > 0 ? `+${delta}` : delta,
          percent: input.baseline > 0 ? round1((delta / input.baseline) * 100) : '—',
          verdict: text(important ? T.important : T.notImportant),
        }),
      );
    }
    return {
      total,
      band: band('unbanded', T.band),
      items: checked.map((n) => item(`s${n}`, text(T.statement, { n }), true, T.yes, 1)),
      derived,
      interpretation: join(sentences, punctuation.sentence),
      caveats: [text(T.pvpNote)],
    };
  },
});
