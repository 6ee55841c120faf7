import { describe, expect, it } from 'vitest';
import { recordText } from '../i18n/web/ui.js';
import { ADVERSE_EVENT_KINDS, AE_RELATIONS, CTCAE_GRADES, LAB_ANALYTE_IDS, METASTATIC_SITE_KINDS, OUTCOME_KINDS, SEVERITIES } from './codes.js';

/** The workspace shows every registry code in words: each code list has a label in en, zh and ja. */
describe('registry codes in words', () => {
  const lists: [string, readonly (string | number)[], Record<string, Record<string, string>>][] = [
    ['outcomes', OUTCOME_KINDS, recordText.outcomes],
    ['adverse', ADVERSE_EVENT_KINDS, recordText.adverse],
    ['relations', AE_RELATIONS, recordText.relations],
    ['grades', CTCAE_GRADES, recordText.grades],
    ['analytes', LAB_ANALYTE_IDS, recordText.analytes],
    ['sites', METASTATIC_SITE_KINDS, recordText.sites],
    ['severities', SEVERITIES, recordText.severities],
  ];
  it.each(lists)('%s', (_, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual(codes.map(String).sort());
    for (const code of codes) {
      for (const lang of ['en', 'zh', 'ja']) expect(labels[String(code)]![lang], `${String(code)} ${lang}`).toMatch(/\S/);
    }
  });
});
