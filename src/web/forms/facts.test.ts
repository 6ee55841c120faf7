import { describe, expect, it } from 'vitest';
import type { Rec } from '../api.js';
import type { PatientData } from '../patient-data.js';
import { buildFacts, factsFromRecord, prefillFacts } from './facts.js';

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

  it('brings the record\'s femoral lesion and where each treatment was given into the facts', () => {
    const data = { ...patientData(), decisions: [] };
    data.lesions = [rec({ id: 'l1', level: 'L1', character: 'lytic' }), rec({ id: 'f', site: 'long-bone', level: null, longBone: 'femur', cortexInvolved: 'over-two-thirds' })];
    data.treatments = [
      rec({ kind: 'radiotherapy', startedOn: '2025-02-01', endedOn: '2025-02-05', lesionIds: ['f'], details: { technique: 'imrt', doseGy: 20, fractions: 5 } }),
      rec({ kind: 'pvp', startedOn: '2025-03-01', lesionIds: ['l1'], details: { levels: [{ level: 'L1', cementMl: 3 }] } }),
    ];
    const { values } = prefillFacts(data, '2025-04-20');
    expect(values['lesions[0].level']).toBe('L1');
    expect(values['lesions[1].site']).toBe('long-bone');
    expect(values['lesions[1].level']).toBeUndefined();
    expect(values['lesions[1].longBone']).toBe('femur');
    expect([values['metastases.spinal'], values['metastases.extraspinalBone']]).toEqual(['1', '1']);
    expect([values['priorTreatments[0].kind'], values['priorTreatments[0].site'], values['priorTreatments[0].longBone'], values['priorTreatments[0].date']]).toEqual(['radiotherapy', 'long-bone', 'femur', '2025-02-05']);
    expect([values['priorTreatments[1].kind'], values['priorTreatments[1].site'], values['priorTreatments[1].levels']]).toEqual(['pvp', 'spine', 'L1']);
    // the facts the decision stores from it: the core reads the femoral radiotherapy as the femur's
    const facts = buildFacts(values);
    expect(facts.priorTreatments).toEqual([
      { kind: 'radiotherapy', date: '2025-02-05', site: 'long-bone', longBone: 'femur', doseGy: 20, fractions: 5 },
      { kind: 'pvp', date: '2025-03-01', site: 'spine', levels: ['L1'] },
    ]);
  });

  it('keeps a femoral lesion only the decision knew, after the record\'s spinal lesions', () => {
    const data = patientData();
    data.lesions = [rec({ id: 'l1', level: 'L1', character: 'lytic' })];
    data.decisions = [rec({ decidedOn: '2025-03-02', createdAt: '2025-03-02T10:00:00Z', facts: {
      patient: { age: 62, sex: 'male' },
      lesions: [{ site: 'spine', level: 'L1', escc: '1a' }, { site: 'long-bone', longBone: 'femur', cortexInvolved: 'over-two-thirds' }],
    } })];
    const { values, sources } = prefillFacts(data, '2025-04-20');
    expect(values['lesions[0].level']).toBe('L1');
    expect(values['lesions[0].escc']).toBe('1a');
    expect(values['lesions[1].site']).toBe('long-bone');
    expect(values['lesions[1].longBone']).toBe('femur');
    expect(values['lesions[1].cortexInvolved']).toBe('over-two-thirds');
    expect(sources['lesions[1].longBone']).toEqual({ from: 'decision', on: '2025-03-02' });
  });
});

describe('the spine map\'s SINS pain item in the decision prefill (read by the core: 002 §2.3, §1.2)', () => {
  /** Issue 11's patient: a painful lytic L1 scoring SINS mechanical pain, a pain-free blastic T8, VAS 7. */
  const withSins = (vasScore: number | null): PatientData => ({
    ...patientData(),
    decisions: [],
    lesions: [rec({ id: 'l1', level: 'L1', character: 'lytic' }), rec({ id: 't8', level: 'T8', character: 'blastic' })],
    assessments: [
      // an older SINS of L1 said pain-free: the latest one is read
      rec({ instrument: 'sins', lesionId: 'l1', assessedOn: '2025-03-01', total: 9, inputs: { level: 'L1', pain: 'pain-free' } }),
      rec({ instrument: 'sins', lesionId: 'l1', assessedOn: '2025-04-01', total: 12, inputs: { level: 'L1', pain: 'mechanical' } }),
      rec({ instrument: 'sins', lesionId: 't8', assessedOn: '2025-04-01', total: 3, inputs: { level: 'T8', pain: 'pain-free' } }),
      ...(vasScore === null ? [] : [rec({ instrument: 'vas', assessedOn: '2025-04-01', inputs: { score: vasScore } })]),
    ],
  });

  it('marks L1 painful and T8 not, and makes the scored pain mechanical', () => {
    const v = factsFromRecord(withSins(7), '2025-04-20');
    expect(v['lesions[0].level']).toBe('L1');
    expect(v['lesions[0].painful']).toBe('true');
    expect(v['lesions[1].level']).toBe('T8');
    expect(v['lesions[1].painful']).toBe('false');
    expect(v['pain.score']).toBe('7');
    expect(v['pain.type']).toBe('mechanical');
  });

  it('a SINS newer than the stored decision makes the decision\'s scored pain mechanical, from the record', () => {
    const data = { ...withSins(null), decisions: [rec({ decidedOn: '2025-03-15', createdAt: '2025-03-15T10:00:00Z', facts: { pain: { score: 6 } } })] };
    const { values, sources } = prefillFacts(data, '2025-04-20');
    expect(values['pain.score']).toBe('6');
    expect(values['pain.type']).toBe('mechanical');
    expect(sources['pain.type']).toEqual({ from: 'record' });
  });

  it('leaves the pain type out while the pain has no score', () => {
    const v = factsFromRecord(withSins(null), '2025-04-20');
    expect(v['lesions[0].painful']).toBe('true');
    expect(v['pain.type']).toBeUndefined();
  });
});
