import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPIOIDS } from '../../knowledge/facts/therapy.js';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { deidentifyRecords, loadPatientRecords } from '../../registry/fhir-store.js';
import { openTestRegistry, type TestRegistry } from '../../registry/test-support.js';
import { Deidentifier } from '../../trust/deidentify.js';
import { databaseAudit } from '../../trust/registry-audit.js';
import { TEST_SECRET } from '../../trust/test-support.js';
import { BONEMET_CS, EXT, RXNORM, SID_ANALGESIC, bonemetCodeSystem } from './codes.js';
import { everythingBundle, patientResources } from './export.js';
import { planImport, type PlannedRecord } from './import.js';
import { fhirErrors } from './test-support.js';
import type { Bundle, FhirResource, PatientRecords, RegistryRecord, VisitRecords } from './types.js';

type Json = Record<string, unknown>;
const statements = (resources: FhirResource[]) => resources.filter((r) => r.resourceType === 'MedicationStatement' && JSON.stringify(r.category).includes('"analgesic-')) as Json[];
const P = 'urn:uuid:7d1e0c55-2f4b-4c8e-9a1d-3b5c7e9f1a2b';

/** A patient with a vertebroplasty and the analgesic regimens recorded at two of its follow-up visits. */
async function patientWithRegimens(t: TestRegistry, code: string): Promise<PatientRecords & Required<VisitRecords>> {
  const r = t.registry;
  const p = await r.create(LOCAL_ACTOR, 'patients', { code, name: 'Synthetic Opioid', sex: 'male', birthYear: 1958, synthetic: true });
  const pvp = await r.create(LOCAL_ACTOR, 'treatments', { patientId: p.id, kind: 'pvp', startedOn: '2024-01-10', endedOn: '2024-01-10', details: { levels: [{ level: 'L1', cementMl: 4 }] } });
  const visits = (await r.list(LOCAL_ACTOR, 'follow-up-visits', { patientId: p.id, limit: 50 })).items.sort((a, b) => Number(a.month) - Number(b.month));
  const [first, second] = visits;
  await r.update(LOCAL_ACTOR, 'follow-up-visits', first!.id, {
    version: first!.version, status: 'done', completedOn: first!.dueOn,
    // every opioid the registry knows, with the non-opioids
    analgesics: { opioids: OPIOIDS.map((drug, i) => ({ drug, dailyDose: drug === 'fentanyl-patch' ? 25 : 10 + i * 5 })), nonOpioid: ['acetaminophen', 'nsaid', 'gabapentinoid'] },
  });
  await r.update(LOCAL_ACTOR, 'follow-up-visits', second!.id, { version: second!.version, analgesics: { opioids: [{ drug: 'morphine', dailyDose: 60 }, { drug: 'morphine', dailyDose: 22.5 }], nonOpioid: [] } });
  void pvp;
  const records = await loadPatientRecords(r, LOCAL_ACTOR, p.id);
  return { ...records, followUpVisits: (await r.list(LOCAL_ACTOR, 'follow-up-visits', { patientId: p.id, limit: 50 })).items as RegistryRecord[] };
}

/** The registry's side of an import of analgesics, in memory: each planned regimen set on the visit its treatment and month (or day) name. */
function applyRegimens(bundle: Bundle, plan: ReturnType<typeof planImport>, visits: RegistryRecord[]): RegistryRecord[] {
  const idOf = (reference: string) => {
    const entry = plan.keys.get(reference);
    return entry !== undefined ? bundle.entry![entry]!.resource!.id! : reference.split('/')[1]!;
  };
  const copy = visits.map((v) => ({ ...v }));
  for (const record of plan.records.filter((r) => r.entity === 'follow-up-visits')) {
    const visit = record.visit!.month !== undefined
      ? copy.find((v) => v.treatmentId === idOf(record.refs[0]!.reference) && v.month === record.visit!.month)
      : copy.find((v) => v.completedOn === record.visit!.on || (String(v.windowStart) <= record.visit!.on! && record.visit!.on! <= String(v.windowEnd)));
    if (!visit) throw new Error(`no visit for ${record.at}`);
    visit.analgesics = record.fields.analgesics;
  }
  return copy;
}

function statement(resource: Json): { fullUrl: string; resource: FhirResource; request: { method: string; url: string } } {
  return { fullUrl: `urn:uuid:${crypto.randomUUID()}`, resource: { resourceType: 'MedicationStatement', status: 'active', subject: { reference: P }, ...resource }, request: { method: 'POST', url: 'MedicationStatement' } };
}
function bundleOf(...statements: Json[]): Bundle {
  return {
    resourceType: 'Bundle', type: 'transaction',
    entry: [{ fullUrl: P, resource: { resourceType: 'Patient', identifier: [{ system: 'http://hospital.example/mrn', value: 'MRN-7' }], gender: 'male' }, request: { method: 'POST', url: 'Patient' } }, ...statements.map(statement)],
  };
}
const rx = (code: string, text: string) => ({ coding: [{ system: RXNORM, code }], text });

describe('FHIR: opioids and other analgesics of a follow-up visit as MedicationStatements', () => {
  let t: TestRegistry;
  let records: PatientRecords & Required<VisitRecords>;
  beforeAll(async () => {
    t = await openTestRegistry(undefined, { audit: databaseAudit });
    records = await patientWithRegimens(t, 'OPIOID-1');
  }, 60_000);
  afterAll(async () => t.dispose());

  it('exports each analgesic as a valid MedicationStatement: RxNorm ingredient, daily dose, route, visit day, subject', () => {
    const resources = patientResources(records);
    expect(resources.flatMap(fhirErrors)).toEqual([]);
    const list = statements(resources);
    expect(list).toHaveLength(OPIOIDS.length + 3 + 2);
    const [visit] = records.followUpVisits.filter((v) => v.status === 'done');
    const pvp = records.treatments[0]!;
    const morphine = list.find((s) => s.id === `${visit!.id}-opioid-0`)!;
    expect(morphine).toMatchObject({
      resourceType: 'MedicationStatement',
      identifier: [{ system: SID_ANALGESIC, value: `${visit!.id}/opioids/0` }],
      status: 'active',
      category: { coding: [{ system: BONEMET_CS, code: 'analgesic-opioid' }] },
      medicationCodeableConcept: { coding: [{ system: RXNORM, code: '7052' }, { system: BONEMET_CS, code: 'opioid-morphine' }], text: 'morphine' },
      subject: { reference: `Patient/${records.patient.id}` },
      effectiveDateTime: visit!.completedOn,
      extension: [{ url: EXT.followUpVisit, extension: [{ url: 'treatment', valueReference: { reference: `Procedure/${pvp.id}` } }, { url: 'month', valueInteger: visit!.month }] }],
      dosage: [{ route: { coding: [{ code: '26643006' }] }, doseAndRate: [{ rateQuantity: { value: 10, system: 'http://unitsofmeasure.org', code: 'mg/d' } }] }],
    });
    const patch = list.find((s) => JSON.stringify(s.medicationCodeableConcept).includes('opioid-fentanyl-patch'))!;
    expect(patch).toMatchObject({ medicationCodeableConcept: { coding: [{ system: RXNORM, code: '4337' }, { code: 'opioid-fentanyl-patch' }] }, dosage: [{ route: { coding: [{ code: '45890007' }] }, doseAndRate: [{ rateQuantity: { value: 25, code: 'ug/h' } }] }] });
    // every opioid coded with its RxNorm ingredient, as the CDC MME conversion table (HL7 opioid-mme-r4) lists them
    const INGREDIENT: Record<(typeof OPIOIDS)[number], string> = {
      morphine: '7052', oxycodone: '7804', hydromorphone: '3423', hydrocodone: '5489', oxymorphone: '7814',
      codeine: '2670', tramadol: '10689', tapentadol: '787390', methadone: '6813', 'fentanyl-patch': '4337',
    };
    for (const drug of OPIOIDS) expect(JSON.stringify(list), drug).toContain(`"system":"${RXNORM}","code":"${INGREDIENT[drug]}"`);
    const acetaminophen = list.find((s) => s.id === `${visit!.id}-analgesic-acetaminophen`)!;
    expect(acetaminophen).toMatchObject({ category: { coding: [{ code: 'analgesic-non-opioid' }] }, medicationCodeableConcept: { coding: [{ system: RXNORM, code: '161' }, { code: 'analgesic-acetaminophen' }] } });
    expect(acetaminophen).not.toHaveProperty('dosage');
    // a visit not yet done: the regimen dated by the due day
    const scheduled = records.followUpVisits.find((v) => v.status === 'scheduled' && v.analgesics)!;
    expect(list.filter((s) => String(s.id).startsWith(scheduled.id)).map((s) => s.effectiveDateTime)).toEqual([scheduled.dueOn, scheduled.dueOn]);
    // without visits (as before) nothing changes
    expect(statements(patientResources({ ...records, followUpVisits: [] }))).toEqual([]);
  });

  it('lists every analgesic code the export uses in the bonemet CodeSystem', () => {
    const known = new Set((bonemetCodeSystem('test').concept as { code: string }[]).map((c) => c.code));
    const used = [...JSON.stringify(patientResources(records)).matchAll(/"system":"https:\/\/bonemet\.dev\/fhir\/CodeSystem\/bonemet","code":"((?:analgesic|opioid)-[^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((c) => !known.has(c))).toEqual([]);
  });

  it('de-identifies them for researchers like the other resources: PSEUDED, pseudonyms, moved dates, drugs and doses kept', () => {
    const deid = new Deidentifier(TEST_SECRET);
    const seen = { ...deidentifyRecords(deid, records), followUpVisits: records.followUpVisits.map((v) => deid.record('follow-up-visits', v) as RegistryRecord) };
    const bundle = everythingBundle(seen, 'http://localhost/fhir', { deidentified: true });
    expect(fhirErrors(bundle)).toEqual([]);
    const list = statements(bundle.entry!.map((e) => e.resource!));
    expect(list).toHaveLength(OPIOIDS.length + 5);
    for (const s of list) expect((s.meta as Json).security).toEqual([expect.objectContaining({ code: 'PSEUDED' })]);
    const text = JSON.stringify(list);
    for (const secret of [records.patient.id, ...records.treatments.map((x) => x.id), ...records.followUpVisits.map((v) => v.id), 'OPIOID-1', 'Synthetic Opioid']) expect(text, secret).not.toContain(secret);
    const visit = records.followUpVisits.find((v) => v.status === 'done')!;
    const shift = (date: string) => new Date(Date.parse(date) + deid.offsetDays(records.patient.id) * 86_400_000).toISOString().slice(0, 10);
    const morphine = list.find((s) => s.id === `${deid.pseudonymId(visit.id)}-opioid-0`)!;
    expect(morphine).toMatchObject({
      effectiveDateTime: shift(String(visit.completedOn)),
      subject: { reference: `Patient/${deid.pseudonymId(records.patient.id)}` },
      identifier: [{ system: SID_ANALGESIC, value: `${deid.pseudonymId(visit.id)}/opioids/0` }],
      extension: [{ extension: [{ valueReference: { reference: `Procedure/${deid.pseudonymId(records.treatments[0]!.id)}` } }, { valueInteger: visit.month }] }],
      dosage: [{ doseAndRate: [{ rateQuantity: { value: 10 } }] }],
    });
    expect(shift(String(visit.completedOn))).not.toBe(visit.completedOn);
  });

  it('plans the import of its own export as one update per visit holding the whole regimen, each field with its FHIRPath', () => {
    const bundle = everythingBundle(records, 'http://a.example/fhir');
    const plan = planImport(bundle);
    expect(plan.issues).toEqual([]);
    const visits = plan.records.filter((r) => r.entity === 'follow-up-visits');
    expect(visits).toHaveLength(2);
    const done = records.followUpVisits.find((v) => v.status === 'done')!;
    const planned = visits.find((v) => v.visit!.month === done.month)!;
    expect(planned.fields).toEqual({ analgesics: done.analgesics });
    expect(planned.identifiers).toEqual([]); // the visit is found by treatment and month, never by an item's identifier
    expect(planned.refs).toEqual([expect.objectContaining({ field: 'treatmentId', reference: `Procedure/${records.treatments[0]!.id}` })]);
    expect(planned.alsoEntries).toHaveLength(OPIOIDS.length + 2);
    expect(planned.paths['analgesics.opioids[1].dailyDose']).toMatch(/^Bundle\.entry\[\d+\]\.resource\.dosage\[0\]\.doseAndRate\[0\]\.rateQuantity$/);
    // no MedicationStatement of an analgesic is taken for a systemic therapy or a bone-modifying agent
    expect(plan.records.filter((r) => r.entity === 'treatments').map((r) => r.fields.kind).sort()).toEqual(['pvp']);
  });

  it('round-trips: export → import (planned, applied to the visits) → export gives the same resources', () => {
    const bundle = everythingBundle(records, 'http://a.example/fhir');
    const emptied = records.followUpVisits.map((v) => ({ ...v, analgesics: null }));
    const visits = applyRegimens(bundle, planImport(bundle), emptied);
    expect(patientResources({ ...records, followUpVisits: visits })).toEqual(patientResources(records));
  });

  it("reads an EHR's statements: RxNorm ingredients, a dose with its timing, the patch by route, the visit by day", () => {
    const visit = records.followUpVisits.find((v) => v.status === 'done')!;
    const on = String(visit.completedOn);
    const bundle = bundleOf(
      { identifier: [{ system: 'http://hospital.example/med', value: 'OXY-1' }], medicationCodeableConcept: rx('7804', 'oxycodone 10 mg tablet'), effectiveDateTime: `${on}T09:30:00Z`,
        dosage: [{ route: { coding: [{ system: 'http://snomed.info/sct', code: '26643006' }] }, timing: { repeat: { frequency: 1, period: 12, periodUnit: 'h' } }, doseAndRate: [{ doseQuantity: { value: 10, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } }] }] },
      { medicationCodeableConcept: rx('4337', 'fentanyl 25 mcg/h patch'), effectiveDateTime: on, dosage: [{ route: { coding: [{ system: 'http://snomed.info/sct', code: '45890007' }] }, doseAndRate: [{ rateQuantity: { value: 25, unit: 'mcg/h' } }] }] },
      { medicationCodeableConcept: rx('161', 'acetaminophen'), effectiveDateTime: on },
    );
    for (const entry of bundle.entry!) expect(fhirErrors(entry.resource!)).toEqual([]);
    const plan = planImport(bundle);
    expect(plan.issues).toEqual([]);
    const [regimen] = plan.records.filter((r) => r.entity === 'follow-up-visits');
    expect(regimen).toMatchObject({ visit: { on }, refs: [], patient: { reference: P }, alsoEntries: [2, 3] });
    expect(regimen!.fields.analgesics).toEqual({ opioids: [{ drug: 'oxycodone', dailyDose: 20 }, { drug: 'fentanyl-patch', dailyDose: 25 }], nonOpioid: ['acetaminophen'] });
    const applied = applyRegimens(bundle, plan, records.followUpVisits);
    expect(applied.find((v) => v.id === visit.id)!.analgesics).toEqual(regimen!.fields.analgesics);
  });

  it('refuses bad analgesic statements, every one reported by its FHIRPath', () => {
    const on = '2024-02-10';
    const plan = planImport(bundleOf(
      /* 1 */ { medicationCodeableConcept: rx('4337', 'fentanyl 100 mcg injection'), effectiveDateTime: on, dosage: [{ route: { coding: [{ system: 'http://snomed.info/sct', code: '47625008' }] }, doseAndRate: [{ doseQuantity: { value: 0.1, unit: 'mg' } }] }] },
      /* 2 */ { category: { coding: [{ system: BONEMET_CS, code: 'analgesic-opioid' }] }, medicationCodeableConcept: { text: 'buprenorphine' }, effectiveDateTime: on },
      /* 3 */ { medicationCodeableConcept: rx('7052', 'morphine'), effectiveDateTime: on },
      /* 4 */ { medicationCodeableConcept: rx('7052', 'morphine'), effectiveDateTime: '2024-03-01', dosage: [{ doseAndRate: [{ rateQuantity: { value: 2, unit: 'mg/h', code: 'mg/h' } }] }] },
      /* 5 */ { medicationCodeableConcept: rx('7804', 'oxycodone'), dosage: [{ doseAndRate: [{ rateQuantity: { value: 20, code: 'mg/d' } }] }] },
      /* 6 */ { medicationCodeableConcept: rx('7804', 'oxycodone'), effectiveDateTime: '2024-04-01', dosage: [{ doseAndRate: [{ rateQuantity: { value: -5, code: 'mg/d' } }] }] },
      /* 7 */ { medicationCodeableConcept: rx('161', 'acetaminophen'), effectiveDateTime: '2024-05-01' },
      /* 8 */ { medicationCodeableConcept: { coding: [{ system: BONEMET_CS, code: 'analgesic-acetaminophen' }] }, effectiveDateTime: '2024-05-01' },
      /* 9 */ { medicationCodeableConcept: rx('7052', 'morphine'), subject: undefined, effectiveDateTime: on, dosage: [{ doseAndRate: [{ rateQuantity: { value: 30, code: 'mg/d' } }] }] },
    ));
    expect(plan.issues.map((i) => i.expression![0])).toEqual([
      'Bundle.entry[1].resource.dosage[0].route',
      'Bundle.entry[2].resource.medicationCodeableConcept',
      'Bundle.entry[3].resource.dosage',
      'Bundle.entry[4].resource.dosage[0].doseAndRate[0].rateQuantity',
      'Bundle.entry[5].resource.extension',
      'Bundle.entry[9].resource.subject',
      'Bundle.entry[6].resource.dosage[0].doseAndRate[0].rateQuantity',
      'Bundle.entry[8].resource.medicationCodeableConcept',
    ]);
    expect(plan.issues.every((i) => i.severity === 'error' && i.diagnostics.length > 10)).toBe(true);
    expect(plan.issues[6]!.diagnostics).toContain('dailyDose');
  });

  it('leaves statements of systemic therapy and bone-modifying agents as they were read before', () => {
    const plan = planImport(bundleOf(
      { category: { coding: [{ system: BONEMET_CS, code: 'treatment-systemic' }] }, extension: [{ url: EXT.agentClass, valueCode: 'chemotherapy' }], medicationCodeableConcept: rx('7052', 'morphine (as recorded)'), effectivePeriod: { start: '2024-01-01' } },
      { medicationCodeableConcept: { coding: [{ system: RXNORM, code: '77655' }], text: 'zoledronic acid' }, effectivePeriod: { start: '2024-01-01' } },
    ));
    expect(plan.issues).toEqual([]);
    expect(plan.records.map((r: PlannedRecord) => [r.entity, r.fields.kind])).toEqual([['patients', undefined], ['treatments', 'systemic'], ['treatments', 'bone-modifying-agent']]);
  });
});
