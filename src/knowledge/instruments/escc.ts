import { z } from 'zod';
import { esccText as T } from './escc.text.js';
import { text } from '../text.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export const ESCC_GRADES = ['0', '1a', '1b', '1c', '2', '3'] as const;
export type EsccGrade = (typeof ESCC_GRADES)[number];

export type EsccBand = 'low-grade' | 'cord-abutment' | 'high-grade';

/** NOMS grouping: 0–1b low grade, 2–3 high grade, 1c debated. */
export function esccBand(grade: EsccGrade): EsccBand {
  if (grade === '2' || grade === '3') return 'high-grade';
  return grade === '1c' ? 'cord-abutment' : 'low-grade';
}

export const esccInput = z.strictObject({
  // Accept 0, 2, 3 as numbers too: that is how they are often typed.
  grade: z
    .preprocess((v) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim().toLowerCase() : v), z.literal(ESCC_GRADES))
    .describe('Bilsky grade 0, 1a, 1b, 1c, 2 or 3 on axial T2 MRI at the worst level'),
});
export type EsccInput = z.input<typeof esccInput>;

export const escc = defineInstrument({
  id: 'escc',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: esccInput,
  sources: [
    cite('002', '§2.4'),
    cite('002', '§3.2'),
    publicSource('Laufer I et al. The NOMS framework. Oncologist 2013;18:744–51'),
    publicSource('Bilsky MH et al. Reliability analysis of the epidural spinal cord compression scale. J Neurosurg Spine 2010;13:324–8'),
  ],
  examples: [{ grade: '1b' }, { grade: '2' }],
  compute({ grade }) {
    const bandId = esccBand(grade);
    const interpretation = grade === '0' ? T.interpretation['0'] : T.interpretation[bandId];
    return {
      total: null,
      band: band(bandId, T.bands[bandId]),
      items: [item('grade', T.gradeLabel, grade, T.grades[grade], null)],
      derived: { grade, highGrade: bandId === 'high-grade' },
      interpretation: text(interpretation, { grade }),
      caveats: [text(T.caveats.mri), text(T.caveats.noms)],
    };
  },
});
