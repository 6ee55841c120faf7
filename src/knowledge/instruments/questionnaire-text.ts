import { z } from 'zod';
import { ODI_SECTIONS } from './odi.js';
import { RMDQ_STATEMENTS } from './rmdq.js';

/**
 * The licensed wording of the ODI and the RMDQ, supplied by a site that holds a licence: bonemet
 * ships only section titles and statement numbers (docs/instruments.md). The shape is validated
 * here; the server reads the file (BONEMET_QUESTIONNAIRE_TEXT) and the workspace shows the text
 * in place of the numbered statements, falling back to them for what the file leaves out.
 */
const text = z.string().trim().min(1, 'an empty text').max(600, 'at most 600 characters');
const perLang = <T extends z.ZodType>(schema: T) => z.strictObject({ en: schema.optional(), zh: schema.optional(), ja: schema.optional() });

const odiSection = z.strictObject({
  title: text.optional().describe('The section heading as licensed; the built-in title when left out'),
  statements: z.array(text).length(6, 'exactly 6 statements, scored 0 to 5 in order').describe('Statements 0–5 in their scoring order'),
});

export const questionnaireTextSchema = z.strictObject({
  licence: text.describe('Who licensed the wording to the site, and for what use (shown with the text)'),
  odi: perLang(z.strictObject(Object.fromEntries(ODI_SECTIONS.map((s) => [s, odiSection.optional()])) as Record<(typeof ODI_SECTIONS)[number], z.ZodOptional<typeof odiSection>>)).optional(),
  rmdq: perLang(z.strictObject({
    statements: z.array(text).length(RMDQ_STATEMENTS, `exactly ${RMDQ_STATEMENTS} statements, in their numbered order`),
  })).optional(),
});
export type QuestionnaireText = z.output<typeof questionnaireTextSchema>;
