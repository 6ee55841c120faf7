import { z } from 'zod';
import { histologyText } from '../histology.text.js';
import { modifiedBauerText as T } from './modified-bauer.text.js';
import { text } from '../text.js';
import { HISTOLOGY_IDS, type Histology } from '../histology.js';
import { publicSource } from '../sources.js';
import { band, defineInstrument, item, type ItemResult } from './instrument.js';

/** Lung cancer of either kind: the "primary not lung cancer" item. */
export const LUNG: readonly Histology[] = ['lung-nsclc', 'lung-sclc'];
/** Bauer 1995's favourable primaries, kept by Leithner 2008: breast, kidney, lymphoma, multiple myeloma. */
export const BAUER_FAVOURABLE: readonly Histology[] = ['breast', 'kidney', 'lymphoma', 'myeloma'];

export type ModifiedBauerBand = '0-1' | '2' | '3-4';
export const modifiedBauerBand = (total: number): ModifiedBauerBand => (total <= 1 ? '0-1' : total === 2 ? '2' : '3-4');

/** The fields the modified Bauer score reads; NESMS reuses them. */
export const modifiedBauerFields = {
  primary: z.enum(HISTOLOGY_IDS).describe('Primary histology: lung scores 0 on "not lung"; breast, kidney, lymphoma and myeloma score 1 on "favourable primary"'),
  visceralMetastases: z.boolean().describe('Any visceral metastasis'),
  skeletalMetastases: z.enum(['solitary', 'multiple']).describe('Skeletal metastases including the spine: one solitary lesion or more'),
};
export const modifiedBauerInput = z.strictObject(modifiedBauerFields);
export type ModifiedBauerInput = z.input<typeof modifiedBauerInput>;

/** The four items as Leithner 2008 scores them: one point for each favourable factor. */
export function modifiedBauerItems(input: z.output<typeof modifiedBauerInput>): ItemResult[] {
  const yesNo = (v: boolean) => (v ? T.yes : T.no);
  const primary = text(histologyText[input.primary]);
  const notLung = !LUNG.includes(input.primary);
  const favourable = BAUER_FAVOURABLE.includes(input.primary);
  const solitary = input.skeletalMetastases === 'solitary';
  return [
    item('noVisceral', T.items.noVisceral, !input.visceralMetastases, yesNo(!input.visceralMetastases), input.visceralMetastases ? 0 : 1),
    item('notLung', T.items.notLung, notLung, text(T.answerWithPrimary, { answer: text(yesNo(notLung)), primary }), notLung ? 1 : 0),
    item('favourablePrimary', T.items.favourablePrimary, favourable, text(T.answerWithPrimary, { answer: text(yesNo(favourable)), primary }), favourable ? 1 : 0),
    item('solitary', T.items.solitary, solitary, yesNo(solitary), solitary ? 1 : 0),
  ];
}

export const modifiedBauer = defineInstrument({
  id: 'modified-bauer',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: modifiedBauerInput,
  sources: [
    publicSource('Leithner A, Radl R, Gruber G, Hochegger M, Leithner K, Welkerling H, et al. Predictive value of seven preoperative prognostic scoring systems for spinal metastases. Eur Spine J 2008;17(11):1488–95. doi:10.1007/s00586-008-0763-1'),
  ],
  examples: [
    { primary: 'breast', visceralMetastases: false, skeletalMetastases: 'multiple' },
    { primary: 'lung-nsclc', visceralMetastases: true, skeletalMetastases: 'multiple' },
  ],
  compute(input) {
    const rows = modifiedBauerItems(input);
    const total = rows.reduce((sum, row) => sum + (row.points ?? 0), 0);
    const bandId = modifiedBauerBand(total);
    return {
      total,
      band: band(bandId, T.bands[bandId]),
      items: rows,
      derived: {},
      interpretation: text(T.interpretation, { total, band: text(T.bands[bandId]) }),
      caveats: [T.caveats.definition, T.caveats.survivalUnconfirmed, T.caveats.population, T.caveats.notAlone].map((c) => text(c)),
    };
  },
});
