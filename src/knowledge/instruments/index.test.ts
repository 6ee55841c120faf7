import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang.js';
import { render, unknownKeys } from '../text.js';
import { INSTRUMENTS, INSTRUMENT_IDS, scoreInstrument } from './index.js';

describe('instrument registry', () => {
  it('registers every id under its own id', () => {
    for (const id of INSTRUMENT_IDS) expect(INSTRUMENTS[id].id).toBe(id);
  });
  it.each(INSTRUMENT_IDS)('%s: every example scores with sources and renders in en, zh and ja with no untranslated placeholders', (id) => {
    for (const example of INSTRUMENTS[id].examples) {
      const result = scoreInstrument(id, example);
      expect(result.instrument).toBe(id);
      expect(result.sources.length).toBeGreaterThan(0);
      expect(unknownKeys(result)).toEqual([]);
      const english = render(result, 'en');
      for (const lang of LANGS) {
        const rendered = render(result, lang);
        const text = JSON.stringify(rendered);
        expect(text).not.toMatch(/\{\w+\}|\[object Object\]/);
        expect(rendered.name).not.toBe('');
        expect(rendered.interpretation).not.toBe('');
        if (lang !== 'en') expect(rendered.band.label).not.toBe(english.band.label);
      }
    }
  });
});
