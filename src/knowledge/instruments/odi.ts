import { z } from 'zod';
import { odiText as T } from './odi.text.js';
import { join, text } from '../text.js';
import { punctuation } from '../punctuation.text.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export const ODI_SECTIONS = [
  'painIntensity', 'personalCare', 'lifting', 'walking', 'sitting',
  'standing', 'sleeping', 'sexLife', 'socialLife', 'travelling',
] as const;
export type OdiSection = (typeof ODI_SECTIONS)[number];

/** Fairbank's rule covers one missing section; we accept two, the usual registry convention, and no more. */
export const ODI_MAX_MISSING_SECTIONS = 2;

export type OdiBand = 'minimal' | 'moderate' | 'severe' | 'crippled' | 'bed-bound';
export const odiBand = (percent: number): OdiBand =>
  percent <= 20 ? 'minimal' : percent <= 40 ? 'moderate' : percent <= 60 ? 'severe' : percent <= 80 ? 'crippled' : 'bed-bound';

/** ODI % = sum / (5 × sections answered) × 100 (003; Fairbank & Pynsent 2000). */
export function odiPercent(answers: readonly (number | null | undefined)[]): { sum: number; answered: number; percent: number } {
  const given = answers.filter((a): a is number => typeof a === 'number');
  const sum = given.reduce((s, a) => s + a, 0);
  return { sum, answered: given.length, percent: (sum / (5 * given.length)) * 100 };
}

const section = z.number().int().min(0).max(5).nullable().optional();

export const odiInput = z
  .strictObject({
    sections: z
      .strictObject(Object.fromEntries(ODI_SECTIONS.map((s) => [s, section])) as Record<OdiSection, typeof section>)
      .describe('Each section: the statement chosen, 0 (least) … 5 (most disability); null or omitted if unanswered'),
    baselinePercent: z.number().min(0).max(100).optional().describe('ODI % before treatment, for the change'),
  })
  .superRefine((input, ctx) => {
    const missing = ODI_SECTIONS.filter((s) => input.sections[s] == null);
    if (missing.length > ODI_MAX_MISSING_SECTIONS) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `${missing.length} sections unanswered (${missing.join(', ')}); at most ${ODI_MAX_MISSING_SECTIONS} may be missing; each section accepts 0–5`,
        params: { text: text(T.tooManyUnanswered, { missing: missing.length, sections: join(missing.map((s) => text(T.sections[s]))), max: ODI_MAX_MISSING_SECTIONS }) },
      });
    }
  });
export type OdiInput = z.input<typeof odiInput>;

const round1 = (x: number) => Math.round(x * 10) / 10;

export const odi = defineInstrument({
  id: 'odi',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: odiInput,
  sources: [
    cite('003', 'abstract'),
    publicSource('Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940–53'),
  ],
  examples: [
    { sections: { painIntensity: 3, personalCare: 1, lifting: 3, walking: 2, sitting: 2, standing: 2, sleeping: 1, sexLife: null, socialLife: 1, travelling: 1 } },
    { sections: { painIntensity: 2, personalCare: 1, lifting: 2, walking: 2, sitting: 1, standing: 2, sleeping: 1, sexLife: 1, socialLife: 2, travelling: 2 }, baselinePercent: 48 },
  ],
  compute(input) {
    const answers = ODI_SECTIONS.map((s) => input.sections[s]);
    const { sum, answered, percent } = odiPercent(answers);
    const bandId = odiBand(percent);
    const rows = ODI_SECTIONS.map((s) => {
      const answer = input.sections[s] ?? null;
      return item(s, T.sections[s], answer, answer === null ? text(T.notAnswered) : text(T.statement, { n: answer }), answer);
    });
    const missing = 10 - answered;
    const caveats = missing > 0 ? [text(T.missingCaveat, { missing, max: ODI_MAX_MISSING_SECTIONS })] : [];
    const sentences = [
      text(T.interpretation, { percent: round1(percent), sum, max: 5 * answered, answered, band: text(T.bands[bandId]) }),
    ];
    const derived: Record<string, number> = { percentExact: percent, sum, sectionsAnswered: answered };
    if (input.baselinePercent !== undefined) {
      const delta = round1(percent - input.baselinePercent);
      derived.changeFromBaseline = delta;
      sentences.push(text(T.change, { baseline: input.baselinePercent, delta: delta > 0 ? `+${delta}` : delta }));
    }
    return {
      total: round1(percent),
      band: band(bandId, T.bands[bandId]),
      items: rows,
      derived,
      interpretation: join(sentences, punctuation.sentence),
      caveats,
    };
  },
});
