import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang.js';
import { INSTRUMENTS, INSTRUMENT_IDS, scoreInstrument } from './index.js';

describe('instrument registry', () => {
  it('registers every id under its own id', () => {
    for (const id of INSTRUMENT_IDS) expect(INSTRUMENTS[id].id).toBe(id);
  });
  it.each(INSTRUMENT_IDS)('%s: every example scores in en, zh and ja with sources and no untranslated placeholders', (id) => {
    for (const example of INSTRUMENTS[id].examples) {
      for (const lang of LANGS) {
        const result = scoreInstrument(id, example, lang);
        expect(result.instrument).toBe(id);
        expect(result.sources.length).toBeGreaterThan(0);
        const text = JSON.stringify(result);
        expect(text).not.toMatch(/\{\w+\}/);
        if (lang !== 'en') expect(result.band.label).not.toBe(scoreInstrument(id, example, 'en').band.label);
      }
    }
  });
});
