import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, scoreInstrument } from '../../knowledge/instruments/index.js';
import { INSTRUMENT_FORMS, fromInput, toInput } from './instruments.js';

describe('forms of the prognosis scores beyond the sources', () => {
  it.each(['modified-bauer', 'nesms', 'katagiri', 'mirels'] as const)('%s: every example survives the form round trip and scores the same', (id) => {
    const fields = INSTRUMENT_FORMS[id] ?? [];
    expect(fields.length).toBeGreaterThan(0);
    for (const example of INSTRUMENTS[id].examples) {
      const input = toInput(fields, fromInput(fields, example as Record<string, unknown>));
      expect(input).toEqual(example);
      expect(scoreInstrument(id, input).total).toBe(scoreInstrument(id, example).total);
    }
  });
  it('leaves an unanswered yes/no qualifier out of the Katagiri input', () => {
    const fields = INSTRUMENT_FORMS.katagiri ?? [];
    const input = toInput(fields, { primary: 'thyroid', molecularTargetedTherapy: '', previousChemotherapy: 'false' });
    expect(input).toEqual({ primary: 'thyroid', previousChemotherapy: false });
  });
});
