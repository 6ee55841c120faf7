import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { sql } from '../../registry/db.js';
import { seedDemoCohort } from '../../registry/demo.js';
import { FhirImportError, importFhirBundle, loadPatientRecords } from '../../registry/fhir-store.js';
import { STORES, openTestRegistry, type TestRegistry } from '../../registry/test-support.js';
import { everythingBundle, patientResources } from './export.js';
import { everyKindPatient, handWrittenBundle } from './fixtures.js';
import { fhirErrors, profileErrors } from './test-support.js';
import { planImport } from './import.js';
import { MCODE_EXT } from './codes.js';
import type { Bundle, FhirResource } from './types.js';
import { databaseAudit } from '../../trust/registry-audit.js';

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** A patient's resources without the ids a store gives (so two stores' exports compare). */
function normalised(resources: FhirResource[]): string[] {
  return resources.map((r) => {
    const { id: _id, identifier: _identifier, ...rest } = r;
    return JSON.stringify(rest).replace(UUIDS, '(id)');
  }).sort();
}

describe.each(STORES)('FHIR import on $name', ({ url }) => {
  let a: TestRegistry;
  let b: TestRegistry;
  beforeAll(async () => {
    a = await openTestRegistry(url, { audit: databaseAudit });
    b = await openTestRegistry(url, { audit: databaseAudit });
  }, 60_000);
  afterAll(async () => {
    await a.dispose();
    await b.dispose();
  });
  const count = async (t: TestRegistry, table: string) => Number((await t.registry.db.rows(sqlCount(table)))[0]!.n);

  it('export → import into another store → export gives the same resources; importing again changes nothing', async () => {
    const original = await everyKindPatient(a, 'RT-1');
    const exported = everythingBundle(original, 'http://a.example/fhir');
    const result = await importFhirBundle(b.registry, LOCAL_ACTOR, exported);
    expect(result.type).toBe('transaction-response');
    expect(result.entry!.filter((e) => e.response!.status === '201 Created').length).toBeGreaterThan(20);
    const [patient] = (await b.registry.list(LOCAL_ACTOR, 'patients', { code: 'RT-1' })).items;
    const reexported = patientResources(await loadPatientRecords(b.registry, LOCAL_ACTOR, patient!.id));
    expect(reexported.flatMap(fhirErrors)).toEqual([]);
    expect(normalised(reexported)).toEqual(normalised(patientResources(original)));
    expect(reexported.filter((r) => JSON.stringify(r.category ?? '').includes('"analgesic-'))).toHaveLength(3);
    const before = await Promise.all(['treatments', 'assessments', 'outcome_events', 'follow_up_visits', 'metastatic_sites'].map((t) => count(b, t)));
    const again = await importFhirBundle(b.registry, LOCAL_ACTOR, exported);
    expect(again.entry!.every((e) => e.response!.status === '200 OK')).toBe(true);
    expect(await Promise.all(['treatments', 'assessments', 'outcome_events', 'follow_up_visits', 'metastatic_sites'].map((t) => count(b, t)))).toEqual(before);
  }, 60_000);

  it('round-trips demo patients into an empty store: the re-export equals the export', async () => {
    if (url) return; // PGlite only: the demo seed is slow; the mapping does not depend on the store
    const demo = await openTestRegistry(undefined, { audit: databaseAudit });
    const target = await openTestRegistry(undefined, { audit: databaseAudit });
    try {
      await seedDemoCohort(demo.registry, LOCAL_ACTOR);
      const patients = (await demo.registry.list(LOCAL_ACTOR, 'patients', { limit: 25 })).items;
      for (const p of patients) {
        const records = await loadPatientRecords(demo.registry, LOCAL_ACTOR, p.id);
        await importFhirBundle(target.registry, LOCAL_ACTOR, everythingBundle(records, 'http://demo.example/fhir'));
        const [copy] = (await target.registry.list(LOCAL_ACTOR, 'patients', { code: p.code })).items;
        expect(normalised(patientResources(await loadPatientRecords(target.registry, LOCAL_ACTOR, copy!.id))), String(p.code)).toEqual(normalised(patientResources(records)));
      }
    } finally {
      await demo.dispose();
      await target.dispose();
    }
  }, 300_000);

  it('export → import into the same store → export is identical (records matched by id, left unchanged)', async () => {
    const original = await everyKindPatient(a, 'RT-2');
    const exported = everythingBundle(original, 'http://a.example/fhir');
    const versions = await a.registry.db.rows(sqlCount('audit_events'));
    await importFhirBundle(a.registry, LOCAL_ACTOR, { ...exported, type: 'collection' });
    expect(await a.registry.db.rows(sqlCount('audit_events'))).toEqual(versions); // nothing written, nothing to audit
    expect(everythingBundle(await loadPatientRecords(a.registry, LOCAL_ACTOR, original.patient.id), 'http://a.example/fhir')).toEqual(exported);
  }, 60_000);

  it('imports a hand-written mCODE-style transaction, idempotently by identifier', async () => {
    const bundle = handWrittenBundle();
    const first = await importFhirBundle(b.registry, LOCAL_ACTOR, bundle);
    expect(first.entry!.map((e) => e.response!.status)).toEqual(Array(7).fill('201 Created'));
    const [patient] = (await b.registry.list(LOCAL_ACTOR, 'patients', { code: 'MRN-0042' })).items;
    expect(patient).toMatchObject({ name: 'Synthetic Handwritten', sex: 'male', birthYear: 1955 });
    const records = await loadPatientRecords(b.registry, LOCAL_ACTOR, patient!.id);
    expect(records.primaryTumours.map((t) => t.histology)).toEqual(['prostate']);
    expect(records.metastaticSites).toMatchObject([{ kind: 'spine', location: 'L3' }]);
    expect(records.assessments.map((x) => [x.instrument, x.total])).toEqual(expect.arrayContaining([['kps', 60], ['vas', 8]]));
    expect(records.treatments).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'radiotherapy', details: { technique: '3d-crt', doseGy: 20, fractions: 5, levels: ['L3'] } }),
      expect.objectContaining({ kind: 'bone-modifying-agent', details: { agent: 'zoledronic-acid', doseMg: 4, intervalWeeks: 4 } }),
    ]));
    // the same transaction again, with a changed KPS: one update, nothing duplicated
    (bundle.entry![3]!.resource as Record<string, unknown>).valueInteger = 70;
    const second = await importFhirBundle(b.registry, LOCAL_ACTOR, bundle);
    expect(second.entry!.map((e) => e.response!.status)).toEqual(Array(7).fill('200 OK'));
    const after = await loadPatientRecords(b.registry, LOCAL_ACTOR, patient!.id);
    expect(after.assessments.filter((x) => x.instrument === 'kps').map((x) => x.total)).toEqual([70]);
    expect(after.treatments).toHaveLength(2);
    // and its own export comes back valid, in mCODE 4.0.0's shapes (the fixture is STU3-style: technique by `technique`, bonemet code)
    const reexported = patientResources(after);
    expect(reexported.flatMap(fhirErrors)).toEqual([]);
    expect(reexported.flatMap(profileErrors)).toEqual([]);
    const rt = JSON.stringify(reexported.find((r) => JSON.stringify(r.code ?? '').includes('1217123003')));
    expect(rt).toContain(`"url":"${MCODE_EXT.technique}","valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"1162782007"`); // 3D-CRT
    expect(rt).toContain('{"system":"http://snomed.info/sct","code":"36470004","display":"L3 vertebra"}');
  }, 60_000);

  it("records an EHR's opioid statements as the regimen of the visit of their day, idempotently; a day without a visit refuses the whole Bundle", async () => {
    await importFhirBundle(b.registry, LOCAL_ACTOR, handWrittenBundle());
    const [patient] = (await b.registry.list(LOCAL_ACTOR, 'patients', { code: 'MRN-0042' })).items;
    const visits = (await b.registry.list(LOCAL_ACTOR, 'follow-up-visits', { patientId: patient!.id, limit: 50 })).items.sort((x, y) => String(x.dueOn).localeCompare(String(y.dueOn)));
    const on = String(visits[0]!.dueOn);
    const P = 'urn:uuid:5b2e1f0a-4c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const med = (value: string, resource: Record<string, unknown>) => ({ fullUrl: `urn:uuid:${crypto.randomUUID()}`, resource: { resourceType: 'MedicationStatement', identifier: [{ system: 'http://hospital.example/med', value }], status: 'active', subject: { reference: P }, ...resource }, request: { method: 'POST', url: 'MedicationStatement' } });
    const bundle = (...statements: ReturnType<typeof med>[]): Bundle => ({ resourceType: 'Bundle', type: 'transaction', entry: [handWrittenBundle().entry![0]!, ...statements] });
    const oxycodone = med('OXY-9', { medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7804' }], text: 'oxycodone 10 mg' }, effectiveDateTime: on, dosage: [{ timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseQuantity: { value: 10, unit: 'mg', code: 'mg' } }] }] });
    const patch = med('FEN-9', { medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '4337' }] }, effectiveDateTime: on, dosage: [{ route: { coding: [{ system: 'http://snomed.info/sct', code: '45890007' }] }, doseAndRate: [{ rateQuantity: { value: 25, unit: 'ug/h', code: 'ug/h' } }] }] });
    // all or nothing: a statement on a day without a visit refuses the Bundle, the good one is not stored either
    const refused = await importFhirBundle(b.registry, LOCAL_ACTOR, bundle(oxycodone, med('OXY-1990', { ...oxycodone.resource, effectiveDateTime: '1990-01-01' }))).catch((e: unknown) => e);
    expect((refused as FhirImportError).issues.map((i) => i.expression![0])).toEqual(['Bundle.entry[2].resource.extension']);
    expect((await b.registry.get(LOCAL_ACTOR, 'follow-up-visits', visits[0]!.id)).analgesics ?? null).toBeNull();
    const first = await importFhirBundle(b.registry, LOCAL_ACTOR, bundle(oxycodone, patch));
    expect(first.entry!.map((e) => e.response!.status)).toEqual(['200 OK', '200 OK', '200 OK']);
    const visit = await b.registry.get(LOCAL_ACTOR, 'follow-up-visits', visits[0]!.id);
    expect(visit.analgesics).toEqual({ opioids: [{ drug: 'oxycodone', dailyDose: 20 }, { drug: 'fentanyl-patch', dailyDose: 25 }], nonOpioid: [] });
    const audits = await b.registry.db.rows(sqlCount('audit_events'));
    await importFhirBundle(b.registry, LOCAL_ACTOR, bundle(oxycodone, patch));
    expect(await b.registry.db.rows(sqlCount('audit_events'))).toEqual(audits); // the same regimen again: nothing written
    expect((await b.registry.get(LOCAL_ACTOR, 'follow-up-visits', visits[0]!.id)).version).toBe(visit.version);
    // and they come out again as valid MedicationStatements with RxNorm codes
    const exported = patientResources(await loadPatientRecords(b.registry, LOCAL_ACTOR, patient!.id));
    const opioids = exported.filter((r) => JSON.stringify(r.category ?? '').includes('"analgesic-opioid"'));
    expect(opioids.flatMap(fhirErrors)).toEqual([]);
    expect(opioids.map((r) => (r.medicationCodeableConcept as { coding: { code: string }[] }).coding[0]!.code)).toEqual(['7804', '4337']);
  }, 60_000);

  it('refuses a Bundle with bad resources: every one reported by FHIRPath, nothing stored', async () => {
    const bundle = handWrittenBundle();
    bundle.entry![0]!.resource!.identifier = [{ system: 'http://hospital.example/mrn', value: 'MRN-0099' }];
    delete (bundle.entry![3]!.resource as Record<string, unknown>).valueInteger;
    (bundle.entry![3]!.resource as Record<string, unknown>).valueQuantity = { value: 75 };
    (bundle.entry![1]!.resource as Record<string, unknown>).code = { coding: [{ system: 'http://snomed.info/sct', code: '1234' }] };
    (bundle.entry![6]!.resource as Record<string, unknown>).subject = { reference: 'Patient/nobody' };
    bundle.entry!.push({ resource: { resourceType: 'Encounter', status: 'finished' } });
    const patients = await count(b, 'patients');
    const error = await importFhirBundle(b.registry, LOCAL_ACTOR, bundle).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirImportError);
    const expressions = (error as FhirImportError).issues.map((i) => i.expression![0]);
    expect(expressions).toEqual(expect.arrayContaining([
      'Bundle.entry[1].resource.code',
      'Bundle.entry[3].resource.valueQuantity',
      'Bundle.entry[6].resource.subject',
      'Bundle.entry[7].resource.resourceType',
    ]));
    expect(await count(b, 'patients')).toBe(patients);
    const notBundle = await importFhirBundle(b.registry, LOCAL_ACTOR, { resourceType: 'Patient' }).catch((e: unknown) => e);
    expect((notBundle as FhirImportError).issues[0]!.expression).toEqual(['Bundle']);
  }, 60_000);
  it('imports a lesion coded by its bone and the treatment given to it; a reason that is not a lesion is not the registry’s', async () => {
    const P = 'urn:uuid:7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const lesion = 'urn:uuid:8b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
    const primary = 'urn:uuid:9c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
    const entry = (fullUrl: string, resource: FhirResource) => ({ fullUrl, resource, request: { method: 'POST', url: resource.resourceType } });
    const bundle: Bundle = { resourceType: 'Bundle', type: 'transaction', entry: [
      entry(P, { resourceType: 'Patient', identifier: [{ system: 'http://hospital.example/mrn', value: 'MRN-BONE' }], name: [{ text: 'Synthetic Bone' }], gender: 'female' }),
      entry(primary, { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '254837009' }] }, subject: { reference: P } }),
      entry(lesion, { resourceType: 'Condition', identifier: [{ system: 'http://hospital.example/problem', value: 'L-1' }], category: [{ coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code: 'lesion' }] }], code: { coding: [{ system: 'http://snomed.info/sct', code: '94222008' }] }, bodySite: [{ coding: [{ system: 'http://snomed.info/sct', code: '12611008' }] }], subject: { reference: P }, onsetDateTime: '2024-05-02' }),
      entry('urn:uuid:0d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a', { resourceType: 'Procedure', identifier: [{ system: 'http://hospital.example/rt', value: 'RT-9' }], status: 'completed', code: { coding: [{ system: 'http://snomed.info/sct', code: '1217123003' }] }, subject: { reference: P }, performedPeriod: { start: '2024-05-10', end: '2024-05-10' },
        reasonReference: [{ reference: primary }, { reference: lesion }],
        extension: [
          { url: MCODE_EXT.modalityAndTechnique, extension: [{ url: MCODE_EXT.modality, valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '1156506007' }] } }, { url: MCODE_EXT.technique, valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '1162782007' }] } }] },
          { url: MCODE_EXT.sessions, valueUnsignedInt: 1 },
          { url: MCODE_EXT.doseDeliveredToVolume, extension: [{ url: 'totalDoseDelivered', valueQuantity: { value: 800, unit: 'cGy', system: 'http://unitsofmeasure.org', code: 'cGy' } }] },
        ] }),
    ] };
    await importFhirBundle(b.registry, LOCAL_ACTOR, bundle);
    const [patient] = (await b.registry.list(LOCAL_ACTOR, 'patients', { code: 'MRN-BONE' })).items;
    const records = await loadPatientRecords(b.registry, LOCAL_ACTOR, patient!.id);
    expect(records.lesions).toEqual([expect.objectContaining({ site: 'long-bone', longBone: 'tibia', level: null, detectedOn: '2024-05-02' })]);
    expect(records.treatments).toEqual([expect.objectContaining({ kind: 'radiotherapy', lesionIds: [records.lesions[0]!.id], details: { technique: '3d-crt', doseGy: 8, fractions: 1 } })]);
    // the EHR's own diagnosis Condition, referenced by id and not in the Bundle, is not a lesion: the Procedure is still imported
    const elsewhere = structuredClone(bundle);
    (elsewhere.entry![0]!.resource as Record<string, unknown>).identifier = [{ system: 'http://hospital.example/mrn', value: 'MRN-BONE-2' }];
    (elsewhere.entry![3]!.resource as Record<string, unknown>).identifier = [{ system: 'http://hospital.example/rt', value: 'RT-10' }];
    (elsewhere.entry![2]!.resource as Record<string, unknown>).identifier = [{ system: 'http://hospital.example/problem', value: 'L-2' }];
    (elsewhere.entry![3]!.resource as Record<string, unknown>).reasonReference = [{ reference: 'Condition/6f1a2b3c-4d5e-4f6a-8b7c-9d0e1f2a3b4c' }];
    await importFhirBundle(b.registry, LOCAL_ACTOR, elsewhere);
    const [second] = (await b.registry.list(LOCAL_ACTOR, 'patients', { code: 'MRN-BONE-2' })).items;
    const secondRecords = await loadPatientRecords(b.registry, LOCAL_ACTOR, second!.id);
    expect(secondRecords.treatments).toEqual([expect.objectContaining({ kind: 'radiotherapy', lesionIds: null })]);
    // a lesion at a vertebra is refused a long bone, named by FHIRPath
    const vertebral = structuredClone(bundle);
    (vertebral.entry![2]!.resource as Record<string, unknown>).extension = [{ url: 'https://bonemet.dev/fhir/StructureDefinition/lesion', extension: [{ url: 'longBone', valueCode: 'femur' }] }];
    (vertebral.entry![2]!.resource as Record<string, unknown>).bodySite = [{ text: 'L2' }];
    const refused = await importFhirBundle(b.registry, LOCAL_ACTOR, vertebral).catch((e: unknown) => e);
    expect((refused as FhirImportError).issues.map((i) => [i.expression![0], i.diagnostics])).toEqual([
      ['Bundle.entry[2].resource.extension[0].extension[0].valueCode', 'lesion longBone: only for long-bone lesions (site "long-bone" or "proximal-femur"; site is "spine")'],
    ]);
  }, 60_000);
});

describe('FHIR import of SNOMED CT vertebrae and mCODE 4.0.0 radiotherapy techniques', () => {
  it('reads the level from a SNOMED CT vertebra and the technique from its SNOMED CT code when no bonemet code is sent', () => {
    const P = 'urn:uuid:5b2e1f0a-4c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const vertebra = (code: string) => ({ coding: [{ system: 'http://snomed.info/sct', code }] });
    const technique = (code: string) => ({ url: MCODE_EXT.modalityAndTechnique, extension: [
      { url: MCODE_EXT.modality, valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '1156506007' }] } },
      { url: MCODE_EXT.technique, valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code }] } },
    ] });
    const course = (code: string, site: string) => ({ resource: { resourceType: 'Procedure', status: 'completed', code: { coding: [{ system: 'http://snomed.info/sct', code: '1217123003' }] }, subject: { reference: P }, performedPeriod: { start: '2024-02-10', end: '2024-02-14' }, bodySite: [vertebra(site)], extension: [technique(code)] } });
    const plan = planImport({ resourceType: 'Bundle', type: 'collection', entry: [
      { fullUrl: P, resource: { resourceType: 'Patient', identifier: [{ system: 'http://hospital.example/mrn', value: 'M-1' }], gender: 'female' } },
      { resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '94222008' }] }, bodySite: [vertebra('23215003')], subject: { reference: P } } },
      course('441799006', '65985001'), // IMRT to S1
      course('1162782007', '14806007'), // 3D-CRT to C1
    ] });
    expect(plan.issues).toEqual([]);
    expect(plan.records.map((r) => r.fields)).toMatchObject([
      {},
      { kind: 'spine', location: 'T12' },
      { kind: 'radiotherapy', details: { technique: 'imrt', levels: ['S1'] } },
      { kind: 'radiotherapy', details: { technique: '3d-crt', levels: ['C1'] } },
    ]);
  });
});

function sqlCount(table: string) {
  return sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.raw(table === 'audit_events' ? 'true' : 'deleted_at IS NULL')}`;
}
