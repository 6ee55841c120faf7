import { readFileSync } from 'node:fs';
import { questionnaireTextSchema, type QuestionnaireText } from '../knowledge/instruments/index.js';

/**
 * Reads a site's licensed ODI/RMDQ wording (docs/instruments.md, "Licensed questionnaire text").
 * Throws an Error whose message says in plain words what is wrong with which part of the file.
 */
export function loadQuestionnaireText(path: string): QuestionnaireText {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the questionnaire text file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`the questionnaire text file ${path} is not valid JSON`, { cause: error });
  }
  const parsed = questionnaireTextSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`the questionnaire text file ${path} is not accepted: ${problems.join('; ')}${parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : ''}`);
  }
  return parsed.data;
}
