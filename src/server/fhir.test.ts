import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../registry/access.js';
import { sql } from '../registry/db.js';
import { STORES } from '../registry/test-support.js';
import { everyKindPatient, handWrittenBundle } from '../interop/fhir/fixtures.js';
import { fhirErrors } from '../interop/fhir/test-support.js';
import type { Bundle, PatientRecords } from '../interop/fhir/types.js';
import { Deidentifier } from '../trust/deidentify.js';
import { TEST_SECRET, openTrustedApp, type TrustedApp } from '../trust/test-support.js';
import { registeredRoutes } from './auth.js';

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
    expect(bundle.entry![0]!.resource).toMatchObject({ resourceType: 'Patient', id: records.patient.id, name: [{ text: 'Synthetic Every Kind' }], deceasedDateTime: '2024-12-01' });
    const audited = await s.t.registry.db.rows(sql`SELECT action, entity FROM audit_events WHERE request_id = ${String(res.headers['x-request-id'])} AND outcome = 'allowed'`);
    expect(audited.map((r) => `${String(r.action)} ${String(r.entity)}`)).toContain('read patients');
    expect(audited.length).toBeGreaterThanOrEqual(8);
    expect((await s.app.inject({ url: `/fhir/Patient/6f1c2a8e-0b0d-4c52-9a43-2f5cb2d8e7a1/$everything`, headers })).statusCode).toBe(404);
  });

  it('gives a researcher the de-identified record under the pseudonym, labelled PSEUDED; a real id answers 404', async () => {
    const headers = await s.as('researcher');
    const deid = new Deidentifier(TEST_SECRET);
    expect((await s.app.inject({ url: `/fhir/Patient/${records.patient.id}/$everything`, headers })).statusCode).toBe(404);
    const res = await s.app.inject({ url: `/fhir/Patient/${deid.pseudonymId(records.patient.id)}/$everything`, headers });
    expect(res.statusCode, res.body).toBe(200);
    const text = res.body;
    expect(fhirErrors(res.json())).toEqual([]);
    expect(res.json().meta.security).toEqual([expect.objectContaining({ code: 'PSEUDED' })]);
    for (const secret of ['FHIR-ROUTE', 'Synthetic Every Kind', 'fixture', 'T12 vertebral body', 'capecitabine', 'left femur', records.patient.id, ...records.treatments.map((t) => t.id)]) {
      expect(text, secret).not.toContain(secret);
    }
    for (const date of ['2024-12-01', '2024-01-10', '2020-05-01', '2024-01-08']) expect(text, date).not.toContain(date);
    expect(text).toContain(deid.pseudonymCode(records.patient.id));
  });

  it('serves the bonemet CodeSystem to anyone', async () => {
    const res = await s.app.inject({ url: '/fhir/CodeSystem/bonemet' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ resourceType: 'CodeSystem', url: 'https://bonemet.dev/fhir/CodeSystem/bonemet' });
  });

  it('POST /fhir imports a transaction for a clinician (each write audited), refuses bad input with an OperationOutcome, and researchers', async () => {
    expect(registeredRoutes(s.app).filter((r) => r.url.startsWith('/fhir')).map((r) => `${r.method} ${r.url}`).sort())
      .toEqual(['GET /fhir/CodeSystem/bonemet', 'GET /fhir/Patient/:id/$everything', 'HEAD /fhir/CodeSystem/bonemet', 'HEAD /fhir/Patient/:id/$everything', 'POST /fhir']);
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
  });

  it('keeps the demo seed untouched (local actor still reads)', async () => {
    expect((await s.t.registry.get(LOCAL_ACTOR, 'patients', records.patient.id)).code).toBe('FHIR-ROUTE');
  });
});
