import { describe, expect, it } from 'vitest';
import type { Rec } from '../api.js';
import type { PatientData } from '../patient-data.js';
import { prefillFacts } from './facts.js';

const rec = (fields: Record<string, unknown>): Rec => ({ id: String(fields.id ?? Math.random()), version: 1, ...fields }) as Rec;

/** The patient: 62 M (born 1963), decided on 2025-03-02 with labs, then a newer creatinine. */
function patientData(): PatientData {
  return {
    patient: rec({ id: 'p', code: 'NEW-1', sex: 'male', birthYear: 1963 }),
    primaries: [rec({ histology: 'lung-nsclc', egfr: 'mutant' })],
    sites: [], lesions: [], treatments: [], visits: [], adverse: [], outcomes: [],
    assessments: [rec({ instrument: 'kps', assessedOn: '2025-03-02', inputs: { kps: 70 } })],
    decisions: [rec({ decidedOn: '2025-03-02', createdAt: '2025-03-02T10:00:00Z', facts: { patient: { age: 62, sex: 'male', weightKg: 70 }, kps: 70, labs: { creatinineMgDl: 1.1, plateletsPerUl: 210000 } } })],
    labs: [
      rec({ analyte: 'creatinine', measuredOn: '2025-03-02', value: 1.1 }),
      rec({ analyte: 'platelets', measuredOn: '2025-03-02', value: 210000 }),
      rec({ analyte: 'creatinine', measuredOn: '2025-04-10', value: 1.6 }),
      rec({ analyte: 'calcium', measuredOn: '2025-01-05', value: 9.8 }),
    ],
  };
}

describe('decision prefill', () => {
  it('takes the latest stored decision, replaced by record values measured on or after its day, each with its source', () => {
    const { values, sources } = prefillFacts(patientData(), '2025-04-20');
    expect(values['patient.weightKg']).toBe('70');
    expect(sources['patient.weightKg']).toEqual({ from: 'decision', on: '2025-03-02' });
    // creatinine measured after the decision: the record's newer value
    expect(values['labs.creatinineMgDl']).toBe('1.6');
    expect(sources['labs.creatinineMgDl']).toEqual({ from: 'record' });
    expect(values['labs.plateletsPerUl']).toBe('210000');
    // a calcium older than the decision that the decision did not use is not brought in
    expect(values['labs.calciumMgDl']).toBeUndefined();
    expect(values.decisionDate).toBe('2025-04-20');
  });

  it('without a stored decision, prefills the latest laboratory values from the record', () => {
    const data = { ...patientData(), decisions: [] };
    const { values, sources } = prefillFacts(data, '2025-04-20');
    expect(values['labs.creatinineMgDl']).toBe('1.6');
    expect(values['labs.calciumMgDl']).toBe('9.8');
    expect(sources['labs.calciumMgDl']).toEqual({ from: 'record' });
    expect(values['patient.age']).toBe('62');
  });
});
