/**
 * The worked example of README.md "Adding an instrument": ECOG performance status on its own,
 * written as an instrument module writes it, kept compiling by tsc and run by
 * instrument.example.test.ts. It is not registered (INSTRUMENTS does not list it); bonemet
 * derives ECOG from KPS (kps.ts), so the example reuses the KPS catalogue's ECOG labels.
 */
import { z } from 'zod';
import { kpsText } from './kps.text.js';
import { L } from '../../i18n/lang.js';
import { defineTexts, text } from '../text.js';
import { publicSource } from '../sources.js';
import { band, defineInstrument, item, type InstrumentId } from './instrument.js';

/** In a real module this catalogue is `<id>.text.ts` beside it, every text in all three languages. */
const T = defineTexts('ecog-example', {
  name: L('ECOG performance status', 'ECOG 体力状况评分', 'ECOG パフォーマンスステータス'),
  summary: L('General condition 0 (fully active) to 5 (dead)', '全身状况 0（活动完全正常）~5（死亡）', '全身状態 0（全く問題なく活動できる）~5（死亡）'),
  itemLabel: L('ECOG grade', 'ECOG 分级', 'ECOG グレード'),
  interpretation: L('{label}.', '{label}。', '{label}。'),
});

const GRADES = [0, 1, 2, 3, 4, 5] as const;

/** The input, strict: an unknown field or a grade outside 0–5 is a ZodError naming the field. */
export const ecogInput = z.strictObject({ grade: z.union(GRADES.map((g) => z.literal(g))).describe('ECOG grade 0–5') });

export const ecogExample = defineInstrument({
  // A real instrument adds its id to INSTRUMENT_IDS (instrument.ts) and its definition to
  // INSTRUMENTS (index.ts); the example borrows the type so that it stays out of the registry.
  id: 'ecog' as InstrumentId,
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: ecogInput,
  sources: [publicSource('Oken MM et al. Am J Clin Oncol 1982;5:649–55')],
  examples: [{ grade: 1 }, { grade: 3 }],
  compute({ grade }) {
    const label = kpsText.ecog[grade];
    return {
      total: grade,
      band: band(`ecog-${grade}`, label),
      items: [item('grade', T.itemLabel, grade, label, grade)],
      derived: { ambulatory: grade <= 2 },
      interpretation: text(T.interpretation, { label: text(label) }),
      caveats: [],
    };
  },
});
