import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, INSTRUMENT_IDS } from '../knowledge/instruments/index.js';
import { Deidentifier } from './deidentify.js';

const deid = new Deidentifier(Buffer.alloc(32, 7));
const patientId = '0b6c7a52-3f8e-4d1a-9c2b-5e4f6a7b8c9d';
const treatmentId = '1c7d8b63-4a9f-4e2b-8d3c-6f5a7b8c9d0e';
const meta = { id: '2d8e9c74-5b0a-4f3c-9e4d-7a6b8c9d0e1f', version: 1, createdAt: '2025-03-01T10:00:00Z', updatedAt: '2025-03-01T10:00:00Z', createdBy: 'dr.wang', updatedBy: 'dr.wang' };
/** The date `days` after `date`, independently of the de-identifier. */
const plusDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const offset = deid.offsetDays(patientId);

describe('the researcher view built from the declarations (src/registry/phi.ts)', () => {
  it('withholds a field added at run time with no classification, a text or a date, and keeps the classified ones', () => {
    const event = {
      ...meta, patientId, treatmentId, occurredOn: '2025-02-10', kind: 'cement-leak', level: 'L1', symptomatic: false, severity: 'minor',
      ctcaeGrade: 2, relation: 'probable', notes: 'Wang Li, MRN 448812',
      surgeon: 'Dr Zhang', reportedOn: '2025-02-11', mrn: 448812,
    };
    const seen = deid.record('adverse-events', event);
    expect(seen).toEqual({
      id: deid.pseudonymId(meta.id), version: 1, patientId: deid.pseudonymId(patientId), treatmentId: deid.pseudonymId(treatmentId),
      occurredOn: plusDays('2025-02-10', offset), kind: 'cement-leak', level: 'L1', symptomatic: false, severity: 'minor', ctcaeGrade: 2, relation: 'probable',
    });
  });

  it('withholds unclassified keys inside jsonb fields, and the details of a kind with no declaration', () => {
    const rt = deid.record('treatments', {
      ...meta, patientId, kind: 'radiotherapy', startedOn: '2025-01-06', endedOn: null, notes: 'x',
      details: { technique: 'sbrt', doseGy: 24, fractions: 2, target: 'T12 Wang Li', levels: ['T12'], physician: 'Dr Zhang' },
    });
    expect(rt.details).toEqual({ technique: 'sbrt', doseGy: 24, fractions: 2, levels: ['T12'] });
    expect(rt.endedOn).toBeNull();
    const unknownKind = deid.record('treatments', { ...meta, patientId, kind: 'acupuncture', startedOn: '2025-01-06', details: { practitioner: 'Li' } });
    expect(unknownKind).not.toHaveProperty('details');

    const visit = deid.record('follow-up-visits', {
      ...meta, patientId, treatmentId, month: 1, dueOn: '2025-02-06', windowStart: '2025-01-30', windowEnd: '2025-02-13', instruments: ['vas'], status: 'done',
      completedOn: '2025-02-05', notes: null, analgesics: { opioids: [{ drug: 'morphine', dailyDose: 30, prescriber: 'Dr Zhang' }], nonOpioid: ['nsaid'], pharmacy: 'Main St' },
    });
    expect(visit.analgesics).toEqual({ opioids: [{ drug: 'morphine', dailyDose: 30 }], nonOpioid: ['nsaid'] });
    expect(visit).not.toHaveProperty('notes');
    expect(visit.windowEnd).toBe(plusDays('2025-02-13', offset));
  });

  it("reads the decision's plan by its declaration: dates moved, staff removed, unknown keys withheld", () => {
    const decision = deid.record('decisions', {
      ...meta, patientId, decidedOn: '2025-01-02', facts: {}, chosenOptions: ['sbrt'], planNote: 'call Mrs Wang', recommendation: { text: 'long' }, knowledgeVersion: '1.0.0',
      plan: {
        startDate: '2025-01-06', dates: { sbrt: '2025-01-08' }, schedules: { sbrt: 'sbrt-24-2' }, scoreInputs: { nesms: { ambulatory: 'independent', albumin: 3.9 } },
        attendees: [{ name: 'Dr Zhang', role: 'surgeon' }], signOff: { by: 'Dr Zhang', role: 'chair', at: '2025-01-02T09:00:00Z' }, room: 'Ward 5, bed 12',
      },
    });
    expect(decision.plan).toEqual({
      startDate: plusDays('2025-01-06', offset), dates: { sbrt: plusDays('2025-01-08', offset) }, schedules: { sbrt: 'sbrt-24-2' },
      scoreInputs: { nesms: { ambulatory: 'independent', albumin: 3.9 } },
    });
    expect(Object.keys(decision).sort()).toEqual(['chosenOptions', 'decidedOn', 'facts', 'id', 'knowledgeVersion', 'patientId', 'plan', 'version']);
  });

  it("keeps every instrument's worked example whole in an assessment's inputs (codes, numbers, level spans, measurement pairs), and withholds an unknown instrument's", () => {
    for (const id of INSTRUMENT_IDS) {
      for (const example of (INSTRUMENTS[id] as { examples: readonly unknown[] }).examples) {
        expect(deid.record('assessments', { ...meta, patientId, instrument: id, assessedOn: '2025-01-02', inputs: example }).inputs, id).toEqual(example);
      }
    }
    const sins = { level: 'T12-L1 (Wang Li)', pain: 'mechanical', surgeonRemark: 'Dr Zhang' };
    expect(deid.record('assessments', { ...meta, patientId, instrument: 'sins', inputs: sins }).inputs).toEqual({ pain: 'mechanical' });
    expect(deid.record('assessments', { ...meta, patientId, instrument: 'gut-feeling', inputs: { score: 3 } })).not.toHaveProperty('inputs');
  });
});
