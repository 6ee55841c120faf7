import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENTITY_NAMES } from '../registry/entities.js';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../knowledge/instruments/index.js';
import { kpsText } from '../knowledge/texts.js';
import { sql } from '../registry/db.js';
import { STORES, sampleBodies } from '../registry/test-support.js';
import { TEST_SECRET } from '../trust/test-support.js';
import { buildApp } from './app.js';
import { declaredRoutes } from './route.js';
import { openTestApp, type TestApp } from './test-support.js';

describe.each(STORES)('HTTP API on $name', ({ url }) => {
  let s: TestApp;
  let t: TestApp['t'];
  let app: FastifyInstance;
  let patientId: string;
  let treatmentId: string;
  beforeAll(async () => {
    s = await openTestApp(url);
    ({ t, app } = s);
  }, 60_000);
  afterAll(async () => s.dispose());

  const post = (path: string, body: unknown) => app.inject({ method: 'POST', url: path, payload: body as object });

  it('creates and reads a patient, with ETag and Location', async () => {
    const res = await post('/api/patients', { code: 'H-1', name: 'Test One', sex: 'male', birthYear: 1955 });
    expect(res.statusCode).toBe(201);
    const patient = res.json();
    patientId = patient.id;
    expect(res.headers.location).toBe(`/api/patients/${patient.id}`);
    expect(res.headers.etag).toBe('"1"');
    const read = await app.inject({ method: 'GET', url: `/api/patients/${patient.id}` });
    expect(read.json()).toEqual(patient);
    const pvp = await post('/api/treatments', { patientId, kind: 'pvp', startedOn: '2024-01-02', details: { levels: [{ level: 'L1', cementMl: 4 }] } });
    expect(pvp.statusCode).toBe(201);
    treatmentId = pvp.json().id;
  });

  it.each(ENTITY_NAMES.filter((n) => n !== 'patients'))('%s: create, read, list, stale update, delete', async (name) => {
    const body = sampleBodies(patientId, { treatmentId })[name]!;
    const created = await post(`/api/${name}`, body);
    expect(created.statusCode, created.body).toBe(201);
    const record = created.json();
    expect(record).toMatchObject({ ...body, version: 1 });
    expect((await app.inject(`/api/${name}/${record.id}`)).json()).toEqual(record);
    const list = (await app.inject(`/api/${name}?patientId=${patientId}&limit=100`)).json();
    expect(list.items.map((r: { id: string }) => r.id)).toContain(record.id);
    const fresh = await app.inject({ method: 'PATCH', url: `/api/${name}/${record.id}`, headers: { 'if-match': '"1"' }, payload: {} });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.headers.etag).toBe('"2"');
    const stale = await app.inject({ method: 'PATCH', url: `/api/${name}/${record.id}`, headers: { 'if-match': '"1"' }, payload: {} });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.json()).toMatchObject({ status: 409, currentVersion: 2 });
    expect((await app.inject({ method: 'DELETE', url: `/api/${name}/${record.id}`, headers: { 'if-match': '2' } })).statusCode).toBe(204);
    expect((await app.inject(`/api/${name}/${record.id}`)).statusCode).toBe(404);
  });

  it('answers invalid fields with 400 problem JSON naming each path', async () => {
    const res = await post('/api/treatments', { patientId, kind: 'radiotherapy', startedOn: '2024-02-30', details: { technique: 'imrt', doseGy: -1, fractions: 10 } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.details.doseGy', 'body.startedOn']);
    const details = await post('/api/treatments', { patientId, kind: 'radiotherapy', startedOn: '2024-02-01', details: { technique: 'imrt', doseGy: -1, fractions: 10 } });
    expect(details.json().errors).toEqual([{ path: 'body.details.doseGy', message: '-1 is too small; minimum > 0', code: 'too_small', limit: 0 }]);
    const query = await app.inject('/api/patients?limit=1000');
    expect(query.json().errors.map((e: { path: string }) => e.path)).toEqual(['query.limit']);
  });

  it('asks for a version before a change (428) and rejects a malformed If-Match', async () => {
    expect((await app.inject({ method: 'PATCH', url: `/api/patients/${patientId}`, payload: { name: 'x' } })).statusCode).toBe(428);
    const bad = await app.inject({ method: 'PATCH', url: `/api/patients/${patientId}`, headers: { 'if-match': 'abc' }, payload: {} });
    expect(bad.json()).toMatchObject({ status: 400, errors: [{ path: 'header.if-match' }] });
  });

  it('lists the follow-up visits due', async () => {
    const res = await app.inject(`/api/follow-up/due?on=2024-02-05&patientId=${patientId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((v: { month: number; state: string }) => [v.month, v.state])).toEqual([[1, 'due']]);
    expect((await app.inject('/api/follow-up/due?state=late')).json().errors[0].path).toBe('query.state');
  });

  it('scores every instrument and reports bad input with paths', async () => {
    for (const id of INSTRUMENT_IDS) {
      const res = await post(`/api/score/${id}?lang=zh`, INSTRUMENTS[id].examples[0]);
      expect(res.statusCode, id).toBe(200);
      expect(res.json()).toMatchObject({ instrument: id, name: INSTRUMENTS[id].name.zh });
    }
    // Triple-negative breast (002 §2.2): Tomita 2001 scores 5, the consensus 6; both are answered, each with its band and source.
    expect((await post('/api/score/tomita', INSTRUMENTS.tomita.examples[1])).json()).toMatchObject({
      total: 6, band: { id: 'palliative-surgery' },
      publishedTotal: 5, publishedBand: { id: 'marginal-or-intralesional' },
      totalSources: { total: 'Total per 002 §2.2', published: 'Total as published (Tomita 2001)' },
    });
    const bad = await post('/api/score/kps', { kps: 75 });
    expect(bad.json()).toMatchObject({ status: 400, errors: [{ path: 'body.kps' }] });
    expect((await post('/api/score/nope', {})).statusCode).toBe(404);
    expect((await app.inject('/api/score?lang=ja')).json()).toHaveLength(INSTRUMENT_IDS.length);
  });

  it('words a custom check of an instrument in the language asked for', async () => {
    const odi = await post('/api/score/odi?lang=zh', { sections: {} });
    expect(odi.json()).toMatchObject({ status: 400, errors: [{ path: 'body.sections', message: expect.stringMatching(/^10 个部分未作答（疼痛程度、.*）；最多允许 2 个部分未作答/) }] });
    const english = await post('/api/score/odi', { sections: {} });
    expect(english.json().errors[0].message).toMatch(/^10 sections unanswered \(painIntensity, /);
  });

  it('stores an assessment language-neutral and answers it in the language asked for', async () => {
    const created = await post('/api/assessments?lang=zh', { patientId, instrument: 'kps', assessedOn: '2024-01-05', inputs: { kps: 70 } });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    expect(created.json().result).toMatchObject({ name: INSTRUMENTS.kps.name.zh, band: { id: 'moderate', label: kpsText.bands.moderate.zh } });
    const [stored] = await t.registry.db.rows<{ result: { band: { label: unknown } } }>(sql`SELECT result FROM assessments WHERE id = ${id}`);
    expect(stored!.result.band.label).toEqual({ key: kpsText.bands.moderate.key });
    expect((await app.inject(`/api/assessments/${id}?lang=ja`)).json().result.band.label).toBe(kpsText.bands.moderate.ja);
    expect((await app.inject(`/api/assessments/${id}`)).json().result.band.label).toBe(kpsText.bands.moderate.en);
    const list = (await app.inject(`/api/assessments?patientId=${patientId}&instrument=kps&lang=zh`)).json();
    expect(list.items.find((a: { id: string }) => a.id === id).result.interpretation).toMatch(/^KPS 70 分相当于 ECOG 1。/);
    expect((await app.inject(`/api/assessments/${id}?lang=fr`)).json().errors.map((e: { path: string }) => e.path)).toEqual(['query.lang']);
    expect((await app.inject(`/api/assessments?lang=fr`)).json().errors.map((e: { path: string }) => e.path)).toEqual(['query.lang']);
    // a row stored before results were language-neutral holds English: it reads as it was stored
    await t.registry.db.rows(sql`UPDATE assessments SET result = jsonb_set(result, '{band,label}', '"50–70 (stored in English)"') WHERE id = ${id}`);
    expect((await app.inject(`/api/assessments/${id}?lang=zh`)).json().result).toMatchObject({ band: { label: '50–70 (stored in English)' }, name: INSTRUMENTS.kps.name.zh });
  });

  it('recommends from facts', async () => {
    const res = await post('/api/recommend', { patient: { age: 60, sex: 'female' }, kps: 80 });
    expect(res.statusCode).toBe(200);
    expect(res.json().options.length).toBeGreaterThan(5);
    const bad = await post('/api/recommend?lang=fr', { patient: { age: -1 } });
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['query.lang']);
    const facts = await post('/api/recommend', { patient: { age: -1, sex: 'female' } });
    expect(facts.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.patient.age']);
  });

  it('answers unknown routes, unparsable JSON and the OpenAPI document', async () => {
    expect((await app.inject('/api/nothing')).json()).toMatchObject({ status: 404 });
    const broken = await app.inject({ method: 'POST', url: '/api/patients', headers: { 'content-type': 'application/json' }, payload: '{"code":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toMatch(/^application\/problem\+json/);
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const name of ENTITY_NAMES) expect(Object.keys(doc.paths)).toContain(`/api/${name}/{id}`);
    expect(doc.paths['/api/recommend'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/PatientFacts' });
  });

  it('documents every route the app registers, with its security', async () => {
    const trusted = await buildApp({ registry: t.registry, trust: { secret: TEST_SECRET } });
    try {
      await trusted.ready();
      const doc = (await trusted.inject('/openapi.json')).json() as { paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown; responses: Record<string, unknown> }>>; components: Record<string, Record<string, Record<string, unknown>>>; security: unknown };
      // the app's own route list (its onRoute hook); HEAD comes with every GET, `/*` serves the web workspace's files
      const routes = declaredRoutes(trusted).filter((r) => r.method !== 'HEAD' && r.url !== '/*');
      expect(routes.length).toBeGreaterThan(50);
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // `:id` is documented as `{id}`, or as one path per value (`/api/score/:instrument`: `/api/score/sins`, …)
      const documented = ({ method, url }: { method: string; url: string }) => {
        const pattern = new RegExp(`^${url.split('/').map((part) => (part.startsWith(':') ? `(\\{${part.slice(1)}\\}|[^/{}]+)` : escape(part))).join('/')}$`);
        return Object.entries(doc.paths).some(([path, item]) => pattern.test(path) && method.toLowerCase() in item);
      };
      expect(routes.filter((r) => !documented(r)).map((r) => `${r.method} ${r.url}`), 'routes missing from /openapi.json').toEqual([]);

      expect(doc.components.securitySchemes).toEqual({
        sessionCookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'bonemet_session' }),
        bearerToken: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
        ehrJwt: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }),
      });
      expect(doc.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
      const open = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).filter(([, op]) => op.security?.length === 0).map(([method]) => `${method.toUpperCase()} ${path}`));
      expect(open.sort()).toEqual(['GET /cds-services', 'GET /cds-services/rules', 'GET /fhir/CodeSystem/bonemet', 'GET /fhir/metadata', 'GET /health', 'GET /openapi.json', 'POST /api/session']);
      expect(JSON.stringify(doc)).toContain('X-Requested-With: bonemet');

      const bodyOf = (path: string, method: string) => (doc.paths[path]![method]!.requestBody as { content: Record<string, { schema: unknown }> }).content['application/json']!.schema;
      expect(bodyOf('/api/session', 'post')).toEqual({ $ref: '#/components/schemas/SignInRequest' });
      expect(bodyOf('/api/tokens', 'post')).toEqual({ $ref: '#/components/schemas/TokenRequest' });
      expect(bodyOf('/api/users', 'post')).toEqual({ $ref: '#/components/schemas/UserInput' });
      expect(bodyOf('/api/users/{id}', 'patch')).toEqual({ $ref: '#/components/schemas/UserChange' });
      const schemas = doc.components.schemas!;
      expect(schemas.UserInput).toMatchObject({
        required: ['username', 'role', 'password'], additionalProperties: false,
        properties: { role: { enum: ['clinician', 'researcher', 'admin'] }, password: { minLength: 12, maxLength: 256 }, username: { pattern: expect.any(String) } },
      });
      expect(schemas.UserChange).toMatchObject({ additionalProperties: false, minProperties: 1 });
      expect(schemas.TokenRequest).toMatchObject({ properties: { days: { type: 'integer', minimum: 1, maximum: 365 } } });
      for (const name of ['SignInRequest', 'TokenRequest', 'UserInput', 'UserChange']) {
        for (const [field, property] of Object.entries((schemas[name] as { properties: Record<string, { description?: string }> }).properties)) expect(property.description, `${name}.${field}`).toBeTruthy();
      }
      expect(doc.paths['/api/users']!.post!.responses).toHaveProperty('409');
      expect(doc.paths['/api/session']!.post!.responses).toHaveProperty('429');
      expect(doc.paths['/api/patients']!.get!.responses).toHaveProperty('401');
    } finally {
      await trusted.close();
    }
  });

  it('hides internals in a 500', async () => {
    const broken = await buildApp({ registry: t.registry, resolveActor: () => { throw new Error('secret detail'); } });
    const res = await broken.inject('/api/patients');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    await broken.close();
  });
});
