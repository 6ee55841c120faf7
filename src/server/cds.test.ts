import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { LOCAL_ACTOR } from '../registry/access.js';
import { sql } from '../registry/db.js';
import { STORES, openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { recommend } from '../knowledge/rules/index.js';
import { indicatorOf } from '../interop/cds/cards.js';
import { ROLE_POLICY } from '../trust/roles.js';
import { TEST_SECRET } from '../trust/test-support.js';
import { buildApp } from './app.js';
import { databaseAudit } from '../trust/registry-audit.js';

const ISS = 'https://ehr.example/cds-client';
const BASE = 'http://localhost:80';
const FACTS = { patient: { age: 64, sex: 'male' } };

describe.each(STORES)('CDS Hooks on $name', ({ url }) => {
  let t: TestRegistry;
  let app: FastifyInstance;
  let key: CryptoKey;
  let otherKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('ES384');
    key = pair.privateKey;
    otherKey = (await generateKeyPair('ES384')).privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES384', use: 'sig' };
    t = await openTestRegistry(url, { policy: ROLE_POLICY, audit: databaseAudit });
    app = await buildApp({ registry: t.registry, trust: { secret: TEST_SECRET }, cds: { clients: [{ iss: ISS, jwks: { keys: [jwk] } }], baseUrl: BASE } });
    const patient = await t.registry.create(LOCAL_ACTOR, 'patients', { code: 'CDS-1', name: 'Synthetic CDS', sex: 'male' });
    await t.registry.create(LOCAL_ACTOR, 'decisions', { patientId: patient.id, decidedOn: '2024-01-02', facts: FACTS, chosenOptions: [] });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const jwt = async (service: string, claims: { iss?: string; aud?: string; exp?: string | number; jti?: string; signer?: CryptoKey } = {}) =>
    new SignJWT({}).setProtectedHeader({ alg: 'ES384', kid: 'k1', typ: 'JWT' }).setIssuer(claims.iss ?? ISS).setAudience(claims.aud ?? `${BASE}/cds-services/${service}`)
      .setIssuedAt().setExpirationTime(claims.exp ?? '5m').setJti(claims.jti ?? randomUUID()).sign(claims.signer ?? key);
  const prefetch = { patient: { resourceType: 'Patient', id: 'ehr-77', identifier: [{ system: 'https://bonemet.dev/fhir/sid/patient-code', value: 'CDS-1' }] } };
  const call = async (service: string, body: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/cds-services/${service}`, headers: { authorization: `Bearer ${await jwt(service)}`, ...headers }, payload: body });

  it('discovery lists the three services with their hooks and prefetch templates, to anyone', async () => {
    const res = await app.inject('/cds-services');
    expect(res.statusCode).toBe(200);
    expect(res.json().services.map((s: { hook: string; id: string }) => `${s.hook} ${s.id}`)).toEqual(['patient-view bonemet-patient-view', 'order-select bonemet-order-select', 'order-sign bonemet-order-sign']);
    expect(res.json().services[0].prefetch).toEqual({ patient: 'Patient/{{context.patientId}}' });
  });

  it('patient-view: one card per option, summary ≤ 140, indicator from the verdict, Markdown detail with sources', async () => {
    const res = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { userId: 'Practitioner/1', patientId: 'ehr-77' }, prefetch });
    expect(res.statusCode, res.body).toBe(200);
    const cards = res.json().cards as { uuid: string; summary: string; indicator: string; detail: string; source: { label: string; url: string } }[];
    const expected = recommend(FACTS, 'en').options;
    expect(cards).toHaveLength(expected.length);
    for (const card of cards) {
      expect([...card.summary].length).toBeLessThanOrEqual(140);
      expect(card.uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(card.source).toEqual({ label: 'bonemet guideline reasoning', url: `${BASE}/` });
      expect(card.detail).toMatch(/^\*\*/);
    }
    const indicators = expected.map((o) => indicatorOf(o.verdict)).sort();
    expect(cards.map((c) => c.indicator).sort()).toEqual(indicators);
    expect(cards.some((c) => /\d{3} §|public/.test(c.detail))).toBe(true);
    const zh = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'ehr-77' }, prefetch }, { 'accept-language': 'fr;q=1, zh-CN;q=0.8, en;q=0.5' });
    expect(zh.json().cards.some((c: { summary: string }) => /[\u4e00-\u9fff]/.test(c.summary))).toBe(true);
    const unknown = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'x' }, prefetch: { patient: { resourceType: 'Patient', id: 'x' } } });
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
    expect(sign.json().cards).toHaveLength(2);
  });

  it('412 without prefetch and fhirServer; 400 naming the field for a bad request', async () => {
    const res = await call('bonemet-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { patientId: 'ehr-77' } });
    expect(res.statusCode).toBe(412);
    expect(res.json().errors[0].path).toBe('body.prefetch.patient');
    const bad = await call('bonemet-patient-view', { hook: 'patient-view', context: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.hookInstance', 'body.context.patientId']);
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

  it('feedback is audited per card', async () => {
    const card = randomUUID();
    const service = 'bonemet-patient-view';
    const res = await app.inject({ method: 'POST', url: `/cds-services/${service}/feedback`, headers: { authorization: `Bearer ${await jwt(`${service}/feedback`)}` }, payload: { feedback: [{ card, outcome: 'overridden', overrideReason: { reason: { code: 'patient-declined' } }, outcomeTimestamp: new Date().toISOString() }] } });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.registry.db.rows(sql`SELECT action, detail, actor FROM audit_events WHERE record_id = ${card}`);
    expect(rows).toEqual([{ action: 'feedback', detail: 'overridden:patient-declined', actor: `cds:${ISS}` }]);
  });
});
