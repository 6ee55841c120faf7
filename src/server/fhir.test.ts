import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../registry/access.js';
import { sql } from '../registry/db.js';
import { STORES } from '../registry/test-support.js';
import { everyKindPatient, handWrittenBundle } from '../interop/fhir/fixtures.js';
import { fhirErrors, profileErrors } from '../interop/fhir/test-support.js';
import type { Bundle, FhirResource, PatientRecords } from '../interop/fhir/types.js';
import { Deidentifier } from '../trust/deidentify.js';
import { TEST_SECRET, openTrustedApp, type TrustedApp } from '../trust/test-support.js';
import { declaredRoutes } from './route.js';

describe.each(STORES)('FHIR routes on $name', ({ url }) => {
  let s: TrustedApp;
  let records: PatientRecords;
  beforeAll(async () => {
    s = await openTrustedApp(url);
    records = await everyKindPatient(s.t, 'FHIR-ROUTE');
  }, 120_000);
  afterAll(async () => s.dispose(), 60_000);

  it('GET /fhir/Patient/:id/$everything answers a valid searchset Bundle to a clinician, and audits the reads', async () => {
    const headers = await s.as('clinician');
    const res = await s.app.inject({ url: `/fhir/Patient/${records.patient.id}/$everything`, headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(res.headers['cache-control']).toBe('no-store');
    const bundle = res.json() as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle.entry!.flatMap((e) => profileErrors(e.resource!))).toEqual([]);
    expect(bundle.entry![0]!.resource).toMatchObject({ resourceType: 'Patient', id: records.patient.id, name: [{ text: 'Synthetic Every Kind', extension: [{ valueCode: 'unsupported' }] }], deceasedDateTime: '2024-12-01' });
    const audited = await s.t.registry.db.rows(sql`SELECT action, entity FROM audit_events WHERE request_id = ${String(res.headers['x-request-id'])} AND outcome = 'allowed'`);
    expect(audited.map((r) => `${String(r.action)} ${String(r.entity)}`)).toContain('read patients');
    expect(audited.length).toBeGreaterThanOrEqual(8);
    expect((await s.app.inject({ url: `/fhir/Patient/6f1c2a8e-0b0d-4c52-9a43-2f5cb2d8e7a1/$everything`, headers })).statusCode).toBe(404);
  }, 60_000);

  it('gives a researcher the de-identified record under the pseudonym, labelled PSEUDED; a real id answers 404', async () => {
    const headers = await s.as('researcher');
    const deid = new Deidentifier(TEST_SECRET);
    expect((await s.app.inject({ url: `/fhir/Patient/${records.patient.id}/$everything`, headers })).statusCode).toBe(404);
    const res = await s.app.inject({ url: `/fhir/Patient/${deid.pseudonymId(records.patient.id)}/$everything`, headers });
    expect(res.statusCode, res.body).toBe(200);
    const text = res.body;
    expect(fhirErrors(res.json())).toEqual([]);
    expect((res.json() as Bundle).entry!.flatMap((e) => profileErrors(e.resource!))).toEqual([]);
    expect((res.json() as Bundle).entry![0]!.resource).toMatchObject({ name: [{ extension: [{ valueCode: 'masked' }] }] });
    expect(res.json().meta.security).toEqual([expect.objectContaining({ code: 'PSEUDED' })]);
    for (const secret of ['FHIR-ROUTE', 'Synthetic Every Kind', 'fixture', 'T12 vertebral body', 'capecitabine', 'left femur', records.patient.id, ...records.treatments.map((t) => t.id), ...records.lesions.map((l) => l.id)]) {
      expect(text, secret).not.toContain(secret);
    }
    // every date moved by the patient's offset (a moved date may happen to equal another real one, so compare per element)
    const shift = (date: string) => new Date(Date.parse(date) + deid.offsetDays(records.patient.id) * 86_400_000).toISOString().slice(0, 10);
    const resources = (res.json() as Bundle).entry!.map((e) => e.resource as Record<string, unknown>);
    expect(resources[0]!.deceasedDateTime).toBe(shift('2024-12-01'));
    const kps = resources.find((r) => JSON.stringify(r.code ?? '').includes('89243-0'))!;
    expect(kps.effectiveDateTime).toBe(shift('2024-01-08'));
    const primary = resources.find((r) => JSON.stringify(r.code ?? '').includes('histology-breast'))!;
    expect(primary.onsetDateTime).toBe(shift('2020-05-01'));
    expect(shift('2020-05-01')).not.toBe('2020-05-01');
    expect(text).toContain(deid.pseudonymCode(records.patient.id));
  }, 60_000);

  it('serves the CapabilityStatement and the bonemet CodeSystem to anyone', async () => {
    expect((await s.app.inject({ url: '/fhir/metadata' })).json()).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
    const res = await s.app.inject({ url: '/fhir/CodeSystem/bonemet' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ resourceType: 'CodeSystem', url: 'https://bonemet.dev/fhir/CodeSystem/bonemet' });
  }, 60_000);

  it('POST /fhir imports a transaction for a clinician (each write audited), refuses bad input with an OperationOutcome, and researchers', async () => {
    expect(declaredRoutes(s.app).filter((r) => r.url.startsWith('/fhir')).map((r) => `${r.method} ${r.url}`).sort())
      .toEqual(expect.arrayContaining(['GET /fhir/CodeSystem/bonemet', 'GET /fhir/Patient/:id/$everything', 'POST /fhir']));
    expect(declaredRoutes(s.app).some((r) => r.url === '/fhir/')).toBe(false);
    const clinician = { ...(await s.as('clinician')), 'content-type': 'application/fhir+json' };
    const bundle = handWrittenBundle();
    const res = await s.app.inject({ method: 'POST', url: '/fhir', headers: clinician, payload: JSON.stringify(bundle) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(res.json().entry.map((e: { response: { status: string } }) => e.response.status)).toEqual(Array(7).fill('201 Created'));
    const audited = await s.t.registry.db.rows(sql`SELECT action, entity FROM audit_events WHERE request_id = ${String(res.headers['x-request-id'])} AND outcome = 'allowed'`);
    expect(audited.filter((r) => r.action === 'create')).toHaveLength(7);

    bundle.entry![3]!.resource = { ...bundle.entry![3]!.resource!, valueInteger: 75 };
    const bad = await s.app.inject({ method: 'POST', url: '/fhir', headers: clinician, payload: JSON.stringify(bundle) });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/fhir\+json/);
    expect(bad.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', expression: ['Bundle.entry[3].resource.valueInteger'] }] });
    const notJson = await s.app.inject({ method: 'POST', url: '/fhir', headers: clinician, payload: '{"resourceType":' });
    expect(notJson.statusCode).toBe(400);

    const researcher = await s.as('researcher');
    expect((await s.app.inject({ method: 'POST', url: '/fhir', headers: { ...researcher, 'content-type': 'application/fhir+json' }, payload: JSON.stringify(handWrittenBundle()) })).statusCode).toBe(403);
  }, 60_000);

  it('bulk export: 202 with Content-Location, status polling, NDJSON per type; researchers de-identified; others\' jobs 404', async () => {
    const clinician = await s.as('clinician');
    const researcher = await s.as('researcher');
    const noPrefer = await s.app.inject({ url: '/fhir/$export', headers: clinician });
    expect(noPrefer.statusCode).toBe(400);
    expect(noPrefer.json().issue[0].expression).toEqual(['header.prefer']);
    const badType = await s.app.inject({ url: '/fhir/$export?_type=Encounter', headers: { ...clinician, prefer: 'respond-async' } });
    expect(badType.json().issue.map((i: { expression: string[] }) => i.expression[0])).toEqual(['_type']);

    const finished = async (headers: Record<string, string>, query = '') => {
      const kick = await s.app.inject({ url: `/fhir/$export${query}`, headers: { ...headers, prefer: 'respond-async' } });
      expect(kick.statusCode, kick.body).toBe(202);
      const status = new URL(String(kick.headers['content-location'])).pathname;
      for (let i = 0; i < 200; i++) {
        const res = await s.app.inject({ url: status, headers });
        if (res.statusCode === 200) return { status, manifest: res.json() as { output: { type: string; url: string; count: number }[]; requiresAccessToken: boolean } };
        expect(res.statusCode, res.body).toBe(202);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the export did not finish');
    };
    const { status, manifest } = await finished(clinician);
    expect(manifest.requiresAccessToken).toBe(true);
    expect(manifest.output.map((o) => o.type).sort()).toEqual(['AdverseEvent', 'Condition', 'MedicationStatement', 'Observation', 'Patient', 'Procedure']);
    const patientFile = manifest.output.find((o) => o.type === 'Patient')!;
    const download = await s.app.inject({ url: new URL(patientFile.url).pathname, headers: clinician });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toMatch(/^application\/fhir\+ndjson/);
    const lines = download.body.trim().split('\n').map((line) => JSON.parse(line) as FhirResource);
    expect(lines).toHaveLength(patientFile.count);
    expect(lines.flatMap(fhirErrors)).toEqual([]);
    expect(lines.map((p) => p.id)).toContain(records.patient.id);
    const audited = await s.t.registry.db.rows(sql`SELECT action FROM audit_events WHERE request_id = ${String(download.headers['x-request-id'])} AND outcome = 'allowed'`);
    expect(audited.map((r) => r.action)).toEqual(['export']);
    // someone else's job is not there for them
    expect((await s.app.inject({ url: status, headers: researcher })).statusCode).toBe(404);

    const mine = await finished(researcher, '?_type=Patient,Procedure');
    expect(mine.manifest.output.map((o) => o.type).sort()).toEqual(['Patient', 'Procedure']);
    const text = (await Promise.all(mine.manifest.output.map((o) => s.app.inject({ url: new URL(o.url).pathname, headers: researcher })))).map((r) => r.body).join('\n');
    for (const secret of ['FHIR-ROUTE', 'Synthetic Every Kind', records.patient.id, 'T12 vertebral body']) expect(text, secret).not.toContain(secret);
    expect(text).toContain('PSEUDED');

    expect((await s.app.inject({ method: 'DELETE', url: status, headers: clinician })).statusCode).toBe(202);
    expect((await s.app.inject({ url: new URL(patientFile.url).pathname, headers: clinician })).statusCode).toBe(404);
  }, 120_000);

  it('keeps the demo seed untouched (local actor still reads)', async () => {
    expect((await s.t.registry.get(LOCAL_ACTOR, 'patients', records.patient.id)).code).toBe('FHIR-ROUTE');
  });
});
