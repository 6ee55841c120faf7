import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuestionnaireText } from './questionnaire-text.js';

const dir = mkdtempSync(join(tmpdir(), 'bonemet-qtext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const six = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('a site\'s licensed questionnaire text (BONEMET_QUESTIONNAIRE_TEXT)', () => {
  it('accepts a partial file: one ODI section in one language, the RMDQ in another', () => {
    const text = loadQuestionnaireText(file('ok.json', JSON.stringify({
      licence: 'test licence',
      odi: { en: { walking: { title: 'Walking (site)', statements: six } } },
      rmdq: { zh: { statements: Array.from({ length: 24 }, (_, i) => `s${i + 1}`) } },
    })));
    expect(text.odi?.en?.walking?.statements).toEqual(six);
    expect(text.rmdq?.zh?.statements).toHaveLength(24);
  });
  it('refuses a section without exactly six statements, naming where', () => {
    const path = file('five.json', JSON.stringify({ licence: 'x', odi: { en: { walking: { statements: six.slice(0, 5) } } } }));
    expect(() => loadQuestionnaireText(path)).toThrow(/odi\.en\.walking\.statements: exactly 6 statements/);
  });
  it('refuses 23 RMDQ statements, an unknown section, a file without its licence, broken JSON and a missing file', () => {
    expect(() => loadQuestionnaireText(file('r.json', JSON.stringify({ licence: 'x', rmdq: { en: { statements: six } } })))).toThrow(/exactly 24 statements/);
    expect(() => loadQuestionnaireText(file('u.json', JSON.stringify({ licence: 'x', odi: { en: { running: { statements: six } } } })))).toThrow(/odi\.en/);
    expect(() => loadQuestionnaireText(file('l.json', JSON.stringify({ odi: {} })))).toThrow(/licence/);
    expect(() => loadQuestionnaireText(file('j.json', '{ not json'))).toThrow(/not valid JSON/);
    expect(() => loadQuestionnaireText(join(dir, 'absent.json'))).toThrow(/cannot read .*ENOENT/);
  });
});
