import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, mirelsItemsOfLesion, scoreInstrument } from '../../knowledge/instruments/index.js';
import { INSTRUMENT_FORMS, fromInput, longBoneLesionsOf, prefillValues, toInput } from './instruments.js';

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

describe('prefilling the patient-level and long-bone scores', () => {
  it("takes a stored decision's long-bone and proximal-femur lesions, numbered as in the facts, and no spinal or pelvic one", () => {
    const facts = {
      lesions: [
        { site: 'spine', level: 'T11', character: 'lytic' },
        { site: 'proximal-femur', longBone: 'femur', peritrochanteric: true, limbPain: 'functional', character: 'lytic', cortexInvolved: 'over-two-thirds' },
        { site: 'acetabulum' },
        { site: 'long-bone', longBone: 'humerus', limbPain: 'mild' },
        // the facts schema refuses a tibia at the proximal femur: left out, not guessed
        { site: 'proximal-femur', longBone: 'tibia' },
      ],
    };
    expect(longBoneLesionsOf(facts).map((l) => [l.n, l.facts.longBone])).toEqual([[2, 'femur'], [4, 'humerus']]);
    expect(longBoneLesionsOf(undefined)).toEqual([]);
    expect(longBoneLesionsOf({ lesions: 'none' })).toEqual([]);
  });
  it("prefills Mirels from a peritrochanteric femoral lesion's facts: 3 + 3 + 3 + 3 = 12 (Mirels 1989, Table 1)", () => {
    const [femur] = longBoneLesionsOf({ lesions: [{ site: 'proximal-femur', longBone: 'femur', peritrochanteric: true, limbPain: 'functional', character: 'lytic', cortexInvolved: 'over-two-thirds' }] });
    const fields = INSTRUMENT_FORMS.mirels ?? [];
    const values = prefillValues(fields, mirelsItemsOfLesion(femur!.facts));
    expect(values).toEqual({ site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'over-two-thirds' });
    expect(scoreInstrument('mirels', toInput(fields, values)).total).toBe(12);
  });
  it('leaves out a known value the form does not offer (Tokuhashi scores KPS from 10), and what the form does not ask', () => {
    const fields = INSTRUMENT_FORMS.tokuhashi ?? [];
    expect(prefillValues(fields, { primary: 'breast', breastSubtype: 'triple-negative', kps: 0, frankel: 'D', ecog: 1 })).toEqual({ primary: 'breast', breastSubtype: 'triple-negative', frankel: 'D' });
    expect(prefillValues(fields, { kps: 70 })).toEqual({ kps: '70' });
  });
});
