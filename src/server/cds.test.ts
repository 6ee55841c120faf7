import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { LOCAL_ACTOR } from '../registry/access.js';
import { sql } from '../registry/db.js';
import { STORES, openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { recommend } from '../knowledge/rules/index.js';
import { indicatorOf } from '../interop/cds/cards.js';
import { CDS_PREFETCH } from '../interop/cds/facts.js';
import { RX, record, searchset } from '../interop/cds/fixtures.js';
import { discoverySchema, serviceResponseSchema } from '../interop/cds/spec.js';
import { ROLE_POLICY } from '../trust/roles.js';
import { TEST_SECRET } from '../trust/test-support.js';
import { buildApp } from './app.js';
import { databaseAudit } from '../trust/registry-audit.js';
import { EHR_FETCH_LIMITS, RULES_PATH, allowedServer } from './routes/cds.js';

const ISS = 'https://ehr.example/cds-client';
const BASE = 'http://localhost:80';
const FACTS = { patient: { age: 64, sex: 'male' } };
const nothing = { conditions: null, observations: null, medicationStatements: null, medicationRequests: null, procedures: null };

describe.each(STORES)('CDS Hooks on $name', ({ url }) => {
  let t: TestRegistry;
  let app: FastifyInstance;
  let key: CryptoKey;
  let otherKey: CryptoKey;
  /** The EHR's FHIR server: a local fastify on port 0 that answers the prefetch templates from `record`. */
  const ehr = Fastify({ forceCloseConnections: true });
  const seen: { url: string; authorization: string | undefined }[] = [];
  let ehrBase = '';
  let ehrDeceased = false;
  beforeAll(async () => {
    ehr.get('/fhir/Patient/:id', async (request, reply) => {
      seen.push({ url: request.url, authorization: request.headers.authorization });
      return (request.params as { id: string }).id === 'p1' ? reply.type('application/fhir+json').send({ ...record.patient, ...(ehrDeceased ? { deceasedDateTime: '2026-11-30' } : {}), identifier: [{ system: 'https://bonemet.dev/fhir/sid/patient-code', value: 'CDS-2' }] }) : reply.code(404).send({});
    });
    const searches: Record<string, unknown> = { Condition: record.conditions, Observation: record.observations, MedicationStatement: record.medicationStatements, MedicationRequest: searchset(), Procedure: record.procedures };
    for (const [type, bundle] of Object.entries(searches)) {
      ehr.get(`/fhir/${type}`, async (request, reply) => {
        seen.push({ url: request.url, authorization: request.headers.authorization });
        return reply.type('application/fhir+json').send(bundle);
      });
    }
    ehr.get('/big/fhir/Patient/:id', async (_request, reply) => reply.type('application/fhir+json').send({ resourceType: 'Patient', id: 'p1', text: { div: 'x'.repeat(5 * 1024 * 1024) } }));
    ehr.get('/slow/fhir/Patient/:id', async () => new Promise(() => undefined));
    ehr.get('/moved/fhir/Patient/:id', async (_request, reply) => reply.redirect('http://169.254.169.254/latest/meta-data/'));
    ehrBase = `${await ehr.listen({ port: 0, host: '127.0.0.1' })}`;
    const pair = await generateKeyPair('ES384');
    key = pair.privateKey;
    otherKey = (await generateKeyPair('ES384')).privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES384', use: 'sig' };
    t = await openTestRegistry(url, { policy: ROLE_POLICY, audit: databaseAudit });
    app = await buildApp({ registry: t.registry, trust: { secret: TEST_SECRET }, cds: { clients: [{ iss: ISS, jwks: { keys: [jwk] }, fhirServers: [`${ehrBase}/fhir`, `${ehrBase}/big/fhir`, `${ehrBase}/moved/fhir`, `${ehrBase}/slow/fhir`] }], baseUrl: BASE } });
    const patient = await t.registry.create(LOCAL_ACTOR, 'patients', { code: 'CDS-1', name: 'Synthetic CDS', sex: 'male' });
    registryId = patient.id;
    await t.registry.create(LOCAL_ACTOR, 'decisions', { patientId: patient.id, decidedOn: '2024-01-02', facts: FACTS, chosenOptions: [] });
  }, 60_000);
  let registryId = '';
  afterAll(async () => {
    await ehr.close();
    await app.close();
    await t.dispose();
  });

  const jwt = async (service: string, claims: { iss?: string; aud?: string; exp?: string | number; jti?: string; signer?: CryptoKey } = {}) =>
    new SignJWT({}).setProtectedHeader({ alg: 'ES384', kid: 'k1', typ: 'JWT' }).setIssuer(claims.iss ?? ISS).setAudience(claims.aud ?? `${BASE}/cds-services/${service}`)
      .setIssuedAt().setExpirationTime(claims.exp ?? '5m').setJti(claims.jti ?? randomUUID()).sign(claims.signer ?? key);
  const prefetch = { patient: { resourceType: 'Patient', id: 'ehr-77', identifier: [{ system: 'https://bonemet.dev/fhir/sid/patient-code', value: 'CDS-1' }] }, ...nothing };
  const call = async (service: string, body: object, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'POST', url: `/cds-services/${service}`, headers: { authorization: `Bearer ${await jwt(service)}`, ...headers }, payload: body });
    if (res.statusCode === 200) expect(serviceResponseSchema.safeParse(res.json()).error, 'CDS Hooks 2.0 response shape').toBeUndefined();
    return res;
  };

  it('discovery lists the three services with their hooks and prefetch templates, to anyone', async () => {
    const res = await app.inject('/cds-services');
    expect(res.statusCode).toBe(200);
    expect(res.json().services.map((s: { hook: string; id: string }) => `${s.hook} ${s.id}`)).toEqual(['patient-view bonemet-patient-view', 'order-select bonemet-order-select', 'order-sign bonemet-order-sign']);
    expect(discoverySchema.safeParse(res.json()).error).toBeUndefined();
    expect(res.json().services[0].prefetch).toEqual(CDS_PREFETCH);
  });

  it('patient-view: one card per option, summary ≤ 140, indicator from the verdict, Markdown detail with sources', async () => {
    const res = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { userId: 'Practitioner/1', patientId: 'ehr-77' }, prefetch });
    expect(res.statusCode, res.body).toBe(200);
    const cards = res.json().cards as { uuid: string; summary: string; indicator: string; detail: string; source: { label: string; url: string }; links?: unknown }[];
    const expected = recommend(FACTS).options;
    expect(cards).toHaveLength(expected.length);
    for (const card of cards) {
      expect([...card.summary].length).toBeLessThanOrEqual(140);
      expect(card.uuid).toMatch(/^[0-9a-f-]{36}$/);
      // the rule documentation this server serves, under its configured public origin
      expect(card.source).toMatchObject({ label: 'bonemet guideline reasoning', url: `${BASE}/cds-services/rules` });
      expect(card.links).toEqual([{ label: 'Open the decision in bonemet', url: `${BASE}/patients/${registryId}/decision`, type: 'absolute' }]);
      expect(card.detail).toMatch(/^\*\*/);
    }
    const indicators = expected.map((o) => indicatorOf(o.verdict)).sort();
    expect(cards.map((c) => c.indicator).sort()).toEqual(indicators);
    expect(cards.some((c) => /\d{3} §|public/.test(c.detail))).toBe(true);
    const zh = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'ehr-77' }, prefetch }, { 'accept-language': 'fr;q=1, zh-CN;q=0.8, en;q=0.5' });
    expect(zh.json().cards.some((c: { summary: string }) => /[\u4e00-\u9fff]/.test(c.summary))).toBe(true);
    const unknown = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'x' }, prefetch: { ...nothing, patient: { resourceType: 'Patient', id: 'x' } } });
    expect(unknown.json()).toEqual({ cards: [] });
  });

  it('order-select answers for the selected orders bonemet reasons about; order-sign for all', async () => {
    const draftOrders = { resourceType: 'Bundle', type: 'collection', entry: [
      { resource: { resourceType: 'ServiceRequest', id: 'sr1', status: 'draft', intent: 'order', code: { coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code: 'treatment-pvp' }] } } },
      { resource: { resourceType: 'MedicationRequest', id: 'mr1', status: 'draft', intent: 'order', medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '77655' }] } } },
    ] };
    const select = await call('bonemet-order-select', { hook: 'order-select', hookInstance: randomUUID(), context: { patientId: 'ehr-77', selections: ['ServiceRequest/sr1'], draftOrders }, prefetch });
    expect(select.statusCode, select.body).toBe(200);
    expect(select.json().cards).toHaveLength(1);
    expect(select.json().cards[0].summary).toMatch(/^Percutaneous vertebroplasty/);
    const sign = await call('bonemet-order-sign', { hook: 'order-sign', hookInstance: randomUUID(), context: { patientId: 'ehr-77', draftOrders }, prefetch });
    // PVP, bone-modifying agents, and the zoledronic acid dose that cannot be checked (no creatinine or weight recorded)
    expect(sign.json().cards.map((c: { summary: string }) => c.summary.split(':')[0]).sort()).toEqual(['Bone-modifying agents', 'Percutaneous vertebroplasty / kyphoplasty (PVP/PKP)', 'zoledronic acid']);
    expect(sign.json().cards.map((c: { summary: string }) => c.summary)).toContain('zoledronic acid: dose cannot be checked without creatinine clearance');
  });

  it('412 only when the patient (or, for a patient not in the registry, the conditions) cannot be had; 400 naming the field for a bad request', async () => {
    const res = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'ehr-77' } });
    expect(res.statusCode).toBe(412);
    expect(res.json().errors).toEqual([
      { path: 'body.prefetch.patient', message: `required: ${CDS_PREFETCH.patient} (null when there is nothing)` },
      { path: 'body.prefetch.conditions', message: `required: ${CDS_PREFETCH.conditions} (null when there is nothing)` },
    ]);
    expect(res.json().detail).toContain('no fhirServer was given');
    // the EHR record of a patient bonemet does not know: without its conditions there is no telling whether it has a bone metastasis
    const { conditions: _conditions, ...withoutConditions } = { ...record, medicationRequests: null };
    const unknown = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'p1' }, prefetch: withoutConditions });
    expect(unknown.statusCode).toBe(412);
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.prefetch.conditions']);
    // a registry patient: the registry's decision stands in for the conditions, and the answer says they were not read
    const { conditions: _none, ...registryWithoutConditions } = prefetch;
    const known = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'ehr-77' }, prefetch: registryWithoutConditions });
    expect(known.statusCode, known.body).toBe(200);
    expect(known.json().cards[0]).toMatchObject({ summary: 'bonemet could not read from the EHR: conditions', indicator: 'warning' });
    // a foreign fhirServer is never called
    const before = seen.length;
    const foreign = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), fhirServer: `${ehrBase}/other`, fhirAuthorization: { access_token: 't', token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'bonemet' }, context: { patientId: 'p1' } });
    expect(foreign.statusCode).toBe(412);
    expect(foreign.json().detail).toContain('not registered for this client');
    expect(seen.length).toBe(before);
    const bad = await call('bonemet-patient-view', { hook: 'patient-view', context: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.hookInstance', 'body.context.patientId']);
  });

  it('answers without the optional keys it could not have, on a warning card naming them; an OperationOutcome is "not fetched"', async () => {
    const full = { ...record, medicationRequests: null };
    const { procedures: _procedures, ...withoutProcedures } = full;
    const res = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'p1' }, prefetch: withoutProcedures });
    expect(res.statusCode, res.body).toBe(200);
    const cards = res.json().cards as { summary: string; indicator: string; detail: string }[];
    expect(cards[0]).toMatchObject({ summary: 'bonemet could not read from the EHR: procedures', indicator: 'warning' });
    expect(cards[0]!.detail).toContain('`prefetch.procedures` — procedures (past PVP/PKP, radiotherapy, SBRT, surgery, ablation and their dates): not in the prefetch, and no fhirServer was given');
    expect(cards).toHaveLength(18); // that card, what was read, one per option
    const outcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'timeout' }] };
    const ja = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'p1' }, prefetch: { ...full, observations: outcome, medicationStatements: outcome } }, { 'accept-language': 'ja' });
    expect(ja.statusCode, ja.body).toBe(200);
    expect(ja.json().cards[0].summary).toBe('bonemet は EHR から読み取れませんでした：観察値、服薬記録');
  });

  it('order-sign: an operation is not vouched for when the medications could not be read; its verdict card still comes', async () => {
    // a separation surgery dated after the decision date: without the medications, a targeted-therapy hold (002 §1.5) cannot be ruled out
    const draftOrders = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'ServiceRequest', id: 'op1', status: 'draft', intent: 'order', code: { coding: [{ system: 'https://bonemet.dev/fhir/CodeSystem/bonemet', code: 'surgery-separation-surgery' }] }, occurrenceDateTime: '2099-01-05' } }] };
    const { medicationStatements: _statements, ...withoutStatements } = { ...record, medicationRequests: null };
    const res = await call('bonemet-order-sign', { hook: 'order-sign', hookInstance: randomUUID(), context: { patientId: 'p1', draftOrders }, prefetch: withoutStatements });
    expect(res.statusCode, res.body).toBe(200);
    const summaries = (res.json().cards as { summary: string }[]).map((c) => c.summary);
    expect(summaries[0]).toBe('bonemet could not read from the EHR: medication statements');
    expect(summaries).toContain('Separation surgery: the date could not be checked against drug holds and radiotherapy');
    expect(summaries.some((s) => s.startsWith('Separation surgery: '))).toBe(true);
    // with every key read the same order passes its date check
    const all = await call('bonemet-order-sign', { hook: 'order-sign', hookInstance: randomUUID(), context: { patientId: 'p1', draftOrders }, prefetch: { ...record, medicationRequests: null } });
    expect((all.json().cards as { summary: string }[]).some((c) => c.summary.includes('date'))).toBe(false);
  });

  it('serves the rule documentation the cards cite, to anyone', async () => {
    const res = await app.inject(RULES_PATH);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body.startsWith('# Guideline reasoning: rules and facts')).toBe(true);
    expect(res.body).toContain('| `bma.');
  });

  it('reads missing prefetch from the registered fhirServer with the fhirAuthorization token, and cards from the EHR record', async () => {
    const body = { hook: 'patient-view', hookInstance: randomUUID(), fhirServer: `${ehrBase}/fhir/`, fhirAuthorization: { access_token: 'ehr-token-1', token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'bonemet' }, context: { patientId: 'p1' }, prefetch: { medicationRequests: null } };
    seen.length = 0;
    const res = await call('bonemet-patient-view', body);
    expect(res.statusCode, res.body).toBe(200);
    // read in parallel: the order of arrival is free; medicationRequests was prefetched (null) and not read
    expect(seen.map((s) => s.url.split('?')[0]).sort()).toEqual(['/fhir/Condition', '/fhir/MedicationStatement', '/fhir/Observation', '/fhir/Patient/p1', '/fhir/Procedure']);
    expect(seen.every((s) => s.authorization === 'Bearer ehr-token-1')).toBe(true);
    expect(seen.map((s) => s.url)).toContain('/fhir/Condition?patient=p1');
    const cards = res.json().cards as { summary: string; detail: string; links?: unknown[] }[];
    // not in the registry (CDS-2): facts from the EHR alone, no link; first an info card of what was read, with dates
    expect(cards).toHaveLength(17);
    expect(cards.every((c) => c.links === undefined)).toBe(true);
    expect(cards[0]!.summary).toMatch(/^bonemet read \d+ item\(s\) from the record$/);
    expect(cards[0]!.detail).toContain('labs.creatinineMgDl 1.2 mg/dL ← Observation/cr, 2026-11-20 (106.08 umol/L)');
    // a deceased patient gets no cards
    ehrDeceased = true;
    const dead = await call('bonemet-patient-view', { ...body, hookInstance: randomUUID() });
    ehrDeceased = false;
    expect(dead.json()).toEqual({ cards: [] });
    const bma = cards.find((c) => c.summary.startsWith('Bone-modifying agents'))!;
    expect(bma.detail).toContain('004');
  });

  it('412 when the fhirServer redirects, answers more than the size limit or not within the time limit', async () => {
    expect(EHR_FETCH_LIMITS.maxBytes).toBeLessThan(5 * 1024 * 1024); // the 'big' answer is 5 MiB
    for (const path of ['moved', 'big', 'slow']) {
      const res = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), fhirServer: `${ehrBase}/${path}/fhir`, context: { patientId: 'p1' }, prefetch: { ...nothing } });
      expect(res.statusCode, path).toBe(412);
      expect(res.json().errors.map((e: { path: string }) => e.path), path).toEqual(['body.prefetch.patient']);
    }
  });

  it('reads only under a registered server: no look-alike prefix, no traversal, no credentials, no other scheme; a patientId cannot leave the template', async () => {
    const client = { iss: ISS, jwks: { keys: [] }, fhirServers: ['https://ehr.example/fhir'] };
    expect(allowedServer(client, 'https://ehr.example/fhir')).toBe(true);
    expect(allowedServer(client, 'https://ehr.example/fhir/R4')).toBe(true);
    for (const server of ['https://ehr.example/fhirevil', 'https://ehr.example/fhir/../admin', 'https://ehr.example.evil.test/fhir', 'https://user:pw@ehr.example/fhir', 'https://ehr.example/fhir?x=1', 'http://ehr.example/fhir', 'file:///etc/passwd', 'not a url']) {
      expect(allowedServer(client, server), server).toBe(false);
    }
    expect(allowedServer({ iss: ISS, jwks: { keys: [] } }, 'https://ehr.example/fhir')).toBe(false);
    const res = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), fhirServer: `${ehrBase}/fhir`, context: { patientId: '..' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.context.patientId');
  });

  it('order-sign: a zoledronic acid order above the renal dose gets an update suggestion; values in a wrong unit are asked, not used', async () => {
    // 70-year-old woman (1956-03-10), 70 kg, creatinine 106.08 µmol/L = 1.2 mg/dL: CrCl 48.2 → 004 Table 2: 3.3 mg (up to her birthday in March 2027)
    const draftOrders = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'MedicationRequest', id: 'zol1', status: 'draft', intent: 'order', subject: { reference: 'Patient/p1' }, medicationCodeableConcept: { coding: [{ system: RX, code: '77655' }] },
      dosageInstruction: [{ doseAndRate: [{ doseQuantity: { value: 4, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } }] }] } }] };
    const full = { ...record, medicationRequests: null };
    const res = await call('bonemet-order-sign', { hook: 'order-sign', hookInstance: randomUUID(), context: { patientId: 'p1', draftOrders }, prefetch: full });
    expect(res.statusCode, res.body).toBe(200);
    const cards = res.json().cards as { summary: string; suggestions?: { uuid: string; actions: { type: string; resource?: { dosageInstruction: { doseAndRate: { doseQuantity: { value: number } }[] }[] } }[] }[] }[];
    const dose = cards.find((c) => c.suggestions?.[0]?.actions[0]?.type === 'update')!;
    expect(dose.summary).toBe('zoledronic acid: 4 mg ordered, 3.3 mg at CrCl 48.2 mL/min (004 Table 2)');
    expect(dose.suggestions![0]!.actions[0]!.resource!.dosageInstruction[0]!.doseAndRate[0]!.doseQuantity.value).toBe(3.3);
    // the same creatinine as 106.08 under the mg/dL code: refused and asked; no dose, no suggestion
    const observations = { ...record.observations, entry: record.observations.entry.map((e) => ((e.resource as { id: string }).id === 'cr' ? { resource: { ...e.resource, code: { coding: [{ system: 'http://loinc.org', code: '2160-0' }] } } } : e)) };
    const wrong = await call('bonemet-order-sign', { hook: 'order-sign', hookInstance: randomUUID(), context: { patientId: 'p1', draftOrders }, prefetch: { ...full, observations } });
    const wrongCards = wrong.json().cards as { summary: string; indicator: string; detail: string; suggestions?: unknown[] }[];
    expect(wrongCards[0]!.summary).toBe('bonemet could not use 1 item(s) of the record');
    expect(wrongCards[0]!.detail).toContain('Observation/cr.valueQuantity');
    expect(wrongCards.some((c) => c.suggestions)).toBe(false);
    expect(wrongCards.map((c) => c.summary)).toContain('zoledronic acid: dose cannot be checked without creatinine clearance');
  });

  it('refuses missing, foreign, mis-addressed, expired, wrongly signed and replayed JWTs (401), each audited', async () => {
    const body = { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'ehr-77' }, prefetch };
    const service = 'bonemet-patient-view';
    const send = (authorization?: string) => app.inject({ method: 'POST', url: `/cds-services/${service}`, headers: authorization ? { authorization } : {}, payload: body });
    const replayed = `Bearer ${await jwt(service)}`;
    expect((await send(replayed)).statusCode).toBe(200);
    const cases = {
      none: undefined,
      'not a jwt': 'Bearer bmt_not-a-jwt',
      'unknown issuer': `Bearer ${await jwt(service, { iss: 'https://other.example' })}`,
      'wrong audience': `Bearer ${await jwt(service, { aud: `${BASE}/cds-services/bonemet-order-sign` })}`,
      expired: `Bearer ${await jwt(service, { exp: Math.floor(Date.now() / 1000) - 120 })}`,
      'other key': `Bearer ${await jwt(service, { signer: otherKey })}`,
      replayed,
    };
    for (const [name, authorization] of Object.entries(cases)) {
      const res = await send(authorization);
      expect(res.statusCode, name).toBe(401);
      const rows = await t.registry.db.rows(sql`SELECT 1 FROM audit_events WHERE request_id = ${String(res.headers['x-request-id'])} AND outcome = 'denied'`);
      expect(rows, name).toHaveLength(1);
    }
  });

  it('feedback: accepted suggestions are audited with their ids', async () => {
    const card = randomUUID();
    const suggestion = randomUUID();
    const service = 'bonemet-order-sign';
    const res = await app.inject({ method: 'POST', url: `/cds-services/${service}/feedback`, headers: { authorization: `Bearer ${await jwt(`${service}/feedback`)}` }, payload: { feedback: [{ card, outcome: 'accepted', acceptedSuggestions: [{ id: suggestion }], outcomeTimestamp: new Date().toISOString() }] } });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.registry.db.rows(sql`SELECT detail FROM audit_events WHERE record_id = ${card}`);
    expect(rows).toEqual([{ detail: `accepted:${suggestion}` }]);
  });

  it('feedback is audited per card', async () => {
    const card = randomUUID();
    const service = 'bonemet-patient-view';
    const res = await app.inject({ method: 'POST', url: `/cds-services/${service}/feedback`, headers: { authorization: `Bearer ${await jwt(`${service}/feedback`)}` }, payload: { feedback: [{ card, outcome: 'overridden', overrideReason: { reason: { code: 'patient-declined' } }, outcomeTimestamp: new Date().toISOString() }] } });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.registry.db.rows(sql`SELECT action, detail, actor FROM audit_events WHERE record_id = ${card}`);
    expect(rows).toEqual([{ action: 'feedback', detail: 'overridden:patient-declined', actor: `cds:${ISS}` }]);
  });
});
