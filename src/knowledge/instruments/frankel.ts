import { z } from 'zod';
import { frankelText as T } from './frankel.text.js';
import { text } from '../text.js';
import { cite, publicSource } from '../sources.js';
import { band, defineInstrument, item } from './instrument.js';

export const FRANKEL_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type FrankelGrade = (typeof FRANKEL_GRADES)[number];

/** Revised Tokuhashi palsy item: Frankel A–B → 0, C–D → 1, E → 2 (002 §2.2). */
export function tokuhashiPalsyPoints(grade: FrankelGrade): 0 | 1 | 2 {
  return grade === 'E' ? 2 : grade === 'C' || grade === 'D' ? 1 : 0;
}

export const frankelGradeSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.enum(FRANKEL_GRADES),
);

export const frankelInput = z.strictObject({ grade: frankelGradeSchema.describe('Frankel grade A–E') });
export type FrankelInput = z.input<typeof frankelInput>;

export const frankel = defineInstrument({
  id: 'frankel',
  version: '1.0.0',
  name: T.name,
  summary: T.summary,
  schema: frankelInput,
  sources: [
    cite('002', '§2.2'),
    cite('002', '§3.4'),
    cite('002', '§1.4'),
    publicSource('Frankel HL et al. Paraplegia 1969;7:179–92'),
  ],
  examples: [{ grade: 'D' }, { grade: 'E' }],
  compute({ grade }) {
    const points = tokuhashiPalsyPoints(grade);
    const bandId = points === 0 ? 'complete' : points === 1 ? 'incomplete' : 'none';
    const caveats = bandId === 'incomplete' ? [text(T.incompleteWarning)] : [];
    return {
      total: null,
      band: band(bandId, T.bands[bandId]),
      items: [item('grade', T.gradeLabel, grade, T.grades[grade], null)],
      derived: { grade, tokuhashiPalsyPoints: points },
      interpretation: text(T.interpretation, { grade, band: text(T.bands[bandId]), points }),
      caveats,
    };
  },
});
