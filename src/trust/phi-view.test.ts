import { describe, expect, it } from 'vitest';
import { patientFactsSchema } from '../knowledge/facts/index.js';
import { INSTRUMENTS, INSTRUMENT_IDS } from '../knowledge/instruments/index.js';
import { Deidentifier } from './deidentify.js';

const deid = new Deidentifier(Buffer.alloc(32, 7));
const patientId = '0b6c7a52-3f8e-4d1a-9c2b-5e4f6a7b8c9d';
const treatmentId = '1c7d8b63-4a9f-4e2b-8d3c-6f5a7b8c9d0e';
const meta = { id: '2d8e9c74-5b0a-4f3c-9e4d-7a6b8c9d0e1f', version: 1, createdAt: '2025-03-01T10:00:00Z', updatedAt: '2025-03-01T10:00:00Z', createdBy: 'dr.wang', updatedBy: 'dr.wang' };
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * How the schema reader (facts-view.ts) classifies every leaf under `schema`: enum/literal → code,
 * number, boolean, a `date` string → date; any other string is free text (withheld unless a level).
 * Returns the free-text leaves and the leaves of a type it does not read, by path.
 */
function unreadLeaves(schema: unknown, path: string): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'readonly': case 'catch': case 'nonoptional':
      return unreadLeaves(def.innerType, path);
    case 'pipe': return unreadLeaves(defOf(def.out).type === 'transform' ? def.in : def.out, path);
    case 'object': return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => unreadLeaves(v, `${path}.${k}`));
    case 'array': return unreadLeaves(def.element, `${path}[]`);
    case 'tuple': return (def.items as unknown[]).flatMap((v, i) => unreadLeaves(v, `${path}[${i}]`));
    case 'union': return (def.options as unknown[]).flatMap((v) => unreadLeaves(v, path));
    case 'enum': case 'literal': case 'number': case 'int': case 'boolean': return [];
    case 'string': return def.format === 'date' ? [] : [`${path}: free text`];
    default: return [`${path}: ${def.type}, not read`];
  }
}

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
    // the lesions a treatment names are ids: pseudonymised; a lesion's site and long-bone facts are codes: kept
    expect(deid.record('treatments', { ...meta, patientId, kind: 'radiotherapy', startedOn: '2025-01-06', details: {}, lesionIds: [treatmentId] }).lesionIds).toEqual([deid.pseudonymId(treatmentId)]);
    expect(deid.record('lesions', { ...meta, patientId, site: 'proximal-femur', level: null, longBone: 'femur', peritrochanteric: true, limbPain: 'functional', cortexInvolved: 'over-two-thirds' }))
      .toMatchObject({ site: 'proximal-femur', level: null, longBone: 'femur', peritrochanteric: true, limbPain: 'functional', cortexInvolved: 'over-two-thirds' });
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

  it('classifies every fact of a stored decision and every instrument input by its schema: the only free text is known and withheld', () => {
    // levels lists pass only spinal levels, a `level` only a level or span; a systemic agent is a typed drug name: withheld
    expect(unreadLeaves(patientFactsSchema, 'facts')).toEqual(['facts.lesions[].level: free text', 'facts.priorTreatments[].levels[]: free text', 'facts.systemicTherapy[].agent: free text', 'facts.plannedPvpLevels[]: free text']);
    expect(INSTRUMENT_IDS.flatMap((id) => unreadLeaves((INSTRUMENTS[id] as unknown as { schema: unknown }).schema, id))).toEqual(['sins.level: free text']);
    const decision = deid.record('decisions', {
      ...meta, patientId, decidedOn: '2025-01-02', chosenOptions: [],
      facts: { lesions: [{ level: 't12-L1' }, { level: 'Wang Li' }], plannedPvpLevels: ['T12', 'Wang Li MRN 448812'], systemicTherapy: [{ agent: 'Wang Li', class: 'chemotherapy' }], nickname: 'Li' },
    });
    expect(decision.facts).not.toHaveProperty('nickname');
    expect(JSON.stringify(decision.facts)).not.toMatch(/Wang|448812|Li"/);
    expect((decision.facts as { plannedPvpLevels: string[] }).plannedPvpLevels).toEqual(['T12']);
    expect((decision.facts as { lesions: unknown[] }).lesions).toEqual([{ level: 'T12-L1' }, {}]);
  });
});
