import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../registry/access.js';
import { sql } from '../registry/db.js';
import { seedDemoCohort } from '../registry/demo.js';
import { ENTITIES, ENTITY_NAMES } from '../registry/entities.js';
import { STORES } from '../registry/test-support.js';
import { changeUser, findUser } from '../trust/accounts.js';
import { auditCsv, flushDenials } from '../trust/audit.js';
import { parseCsvRecords } from '../boundary/csv.js';
import { Deidentifier } from '../trust/deidentify.js';
import { DEMO_PASSWORD } from '../trust/demo-users.js';
import { TEST_SECRET, openTrustedApp, sealAndVerifyAudit, type TrustedApp } from '../trust/test-support.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { declare, declaredRoutes, type DeclaredRoute } from './route.js';
import { buildApp } from './app.js';

const PRINCIPALS = ['none', 'clinician', 'researcher', 'admin', 'disabled'] as const;
type Principal = (typeof PRINCIPALS)[number];
type Expect = 'allow' | 401 | 403;

/**
 * The role × route matrix, generated from the routes the app registered and their declared
 * access (server/route.ts): what each principal must get. The meaning of each kind of access is
 * written out here, apart from the guard's code, so the guard is tested against it; which routes
 * are public or admin-only is pinned below by hand, so a mis-declared route shows.
 */
function expected(route: DeclaredRoute, who: Principal): Expect {
  const { access } = route.route;
  // the workspace's session probe: public (not a denial, not audited) but 401 without a session
  if (route.method === 'GET' && route.url === '/api/session') return who === 'none' || who === 'disabled' ? 401 : 'allow';
  if (access.access === 'public') return 'allow';
  if (access.access === 'ehr-jwt') return 401; // only an EHR's signed JWT (cds.test.ts), never a session
  if (who === 'none' || who === 'disabled') return 401;
  if (access.access === 'signed-in') return 'allow';
  if (access.access === 'admin') return who === 'admin' ? 'allow' : 403;
  if (who === 'researcher') return !access.write && access.researcher ? 'allow' : 403;
  return 'allow';
}

const PUBLIC_ROUTES = [
  'DELETE /api/session', 'GET /*', 'GET /api/session', 'GET /cds-services', 'GET /cds-services/rules', 'GET /fhir/CodeSystem/bonemet', 'GET /fhir/metadata', 'GET /health', 'GET /openapi.json', 'POST /api/session',
];
const ADMIN_ROUTES = ['GET /api/audit/verify', 'GET /api/users', 'GET /api/users/:id', 'PATCH /api/users/:id', 'POST /api/users'];
/** Patient-data routes researchers may use, each with its de-identified view. */
const RESEARCHER_VIEWS: Record<string, string> = {
  'POST /api/cohorts/analysis': 'analysis', 'GET /api/export/:file': 'export', 'GET /fhir/Patient/:id/$everything': 'fhir',
  'GET /fhir/$export': 'bulk', 'GET /fhir/$export-status/:id': 'bulk', 'DELETE /fhir/$export-status/:id': 'bulk', 'GET /fhir/$export-file/:id/:file': 'bulk',
  ...Object.fromEntries(ENTITY_NAMES.flatMap((name) => [[`GET /api/${name}`, 'page'], [`GET /api/${name}/:id`, 'record']])),
};

const UNKNOWN_ID = '6f1c2a8e-0b0d-4c52-9a43-2f5cb2d8e7a1';

describe.each(STORES)('trust over HTTP on $name', ({ url }) => {
  let s: TrustedApp;
  const headers = new Map<Principal, Record<string, string>>();
  beforeAll(async () => {
    s = await openTrustedApp(url);
    await seedDemoCohort(s.t.registry, LOCAL_ACTOR);
    for (const who of ['clinician', 'researcher', 'admin'] as const) headers.set(who, await s.as(who));
    headers.set('disabled', await s.as('gone'));
    headers.set('none', { 'x-requested-with': 'bonemet' });
    const gone = await findUser(s.t.registry.db, 'gone');
    await changeUser(s.t.registry.db, gone!.id, { disabled: true }, { actor: 'admin' });
  }, 240_000);
  afterAll(async () => s.dispose(), 60_000);

  it('answers every route for every principal as the matrix says, and audits each denial', async () => {
    const routes = declaredRoutes(s.app).filter((r) => r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(50);
    // signing out ends the principal's session, so that route goes last
    routes.sort((a, b) => Number(a.url === '/api/session' && a.method === 'DELETE') - Number(b.url === '/api/session' && b.method === 'DELETE'));
    const denied = sql`SELECT (SELECT count(*) FROM audit_events WHERE outcome = 'denied') + (SELECT count(*) FROM access_denials) AS n`;
    const [before] = await s.t.registry.db.rows<{ n: number }>(sql`SELECT n::int AS n FROM (${denied}) d`);
    let denials = 0;
    const wrong: string[] = [];
    for (const route of routes) {
      const path = route.url.replace(':id', UNKNOWN_ID).replace(':instrument', 'sins').replace(':file', 'cohort.csv').replace('*', 'index.html');
      for (const who of PRINCIPALS) {
        const want = expected(route, who);
        const res = await s.app.inject({ method: route.method as 'GET', url: path, headers: { ...headers.get(who)!, ...(route.method === 'PATCH' || route.method === 'DELETE' ? { 'if-match': '"1"' } : {}) }, ...(route.method === 'POST' || route.method === 'PATCH' ? { payload: {} } : {}) });
        const got: Expect = res.statusCode === 401 ? 401 : res.statusCode === 403 ? 403 : 'allow';
        if (got !== want) wrong.push(`${route.method} ${route.url} as ${who}: ${res.statusCode}, expected ${want}`);
        if (want !== 'allow') {
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          // every denial is in the audit log under its request id (the session probe, GET /api/session, is not a denial)
          if (route.url !== '/api/session') {
            denials++;
            // signed-in users' denials in the chain; no one's (no or ended session) in access_denials, outside it
            const id = String(res.headers['x-request-id']);
            const rows = await s.t.registry.db.rows(sql`SELECT 1 FROM audit_events WHERE request_id = ${id} AND outcome = 'denied' UNION ALL SELECT 1 FROM access_denials WHERE request_id = ${id}`);
            if (rows.length !== 1) wrong.push(`${route.method} ${route.url} as ${who}: denial not audited`);
          }
        }
        expect(res.statusCode, `${route.method} ${path} as ${who}: ${res.body}`).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
    const [after] = await s.t.registry.db.rows<{ n: number }>(sql`SELECT n::int AS n FROM (${denied}) d`);
    expect(after!.n - before!.n).toBeGreaterThanOrEqual(denials);
    expect(await sealAndVerifyAudit(s.t.registry.db)).toMatchObject({ ok: true });
  }, 240_000);

  it('declares public, admin-only and researchers\' routes as reviewed', () => {
    const routes = declaredRoutes(s.app).filter((r) => r.method !== 'HEAD');
    const named = (r: DeclaredRoute) => `${r.method} ${r.url}`;
    expect(routes.filter((r) => r.route.access.access === 'public').map(named).sort()).toEqual(PUBLIC_ROUTES);
    expect(routes.filter((r) => r.route.access.access === 'admin').map(named).sort()).toEqual(ADMIN_ROUTES);
    const researchers = routes.flatMap((r) => (r.route.access.access === 'patient-data' && !r.route.access.write && r.route.access.researcher ? [[named(r), r.route.access.researcher]] : []));
    expect(Object.fromEntries(researchers)).toEqual(RESEARCHER_VIEWS);
    // every write of patient data is for clinicians and admins only
    expect(routes.filter((r) => ['POST', 'PATCH', 'DELETE', 'PUT'].includes(r.method) && r.url.startsWith('/api/') && !/^\/api\/(session|tokens|users|score|recommend|cohorts\/analysis)/.test(r.url)).every((r) => r.route.access.access === 'patient-data' && r.route.access.write)).toBe(true);
  });

  it('refuses at start-up a route that declares no access rule', async () => {
    const app = await buildApp({ registry: s.t.registry, trust: { secret: TEST_SECRET } });
    try {
      expect(() => app.get('/api/new-unreviewed-route', async () => ({ secret: true }))).toThrow(/GET \/api\/new-unreviewed-route declares no access rule/);
      expect(() => app.get('/api/summary-only', { config: { route: { summary: 'no access' } as never } }, async () => ({}))).toThrow(/declares no access rule/);
      app.get('/api/declared', declare({ access: { access: 'admin' }, summary: 'a declared route' }), async () => ({ ok: true }));
      await app.ready();
      expect(declaredRoutes(app).some((r) => r.url === '/api/declared' && r.route.access.access === 'admin')).toBe(true);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('signs in with the contract the workspace uses: cookie flags, same answer for unknown user and wrong password, sign-out', async () => {
    const ok = await s.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, payload: { username: 'clinician', password: DEMO_PASSWORD } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ username: 'clinician', role: 'clinician' });
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/^bonemet_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const session = cookie.split(';')[0]!;
    expect((await s.app.inject({ url: '/api/session', headers: { cookie: session } })).json().user.username).toBe('clinician');
    const wrong = await s.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, payload: { username: 'clinician', password: 'not the password' } });
    const unknown = await s.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, payload: { username: 'nobody-here', password: 'not the password' } });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect((await s.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: session, 'x-requested-with': 'bonemet' } })).statusCode).toBe(204);
    expect((await s.app.inject({ url: '/api/patients', headers: { cookie: session } })).statusCode).toBe(401);
    const tls = await s.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, payload: { username: 'admin', password: DEMO_PASSWORD } });
    expect(String(tls.headers['set-cookie'])).not.toMatch(/Secure/);
  }, 60_000);

  it('validates the sign-in, token and user bodies with their schemas: 400 naming each field, 409 for a taken name, no change to one\'s own role', async () => {
    const csrf = { 'x-requested-with': 'bonemet' };
    const errorsOf = (res: { statusCode: number; json(): { errors?: unknown } }) => [res.statusCode, res.json().errors];
    expect(errorsOf(await s.app.inject({ method: 'POST', url: '/api/session', headers: csrf, payload: { username: 'clinician' } })))
      .toEqual([400, [{ path: 'body.password', message: 'required (string)' }]]);
    expect(errorsOf(await s.app.inject({ method: 'POST', url: '/api/session', headers: { ...csrf, 'content-type': 'application/json' }, payload: '[]' })))
      .toEqual([400, [{ path: 'body', message: 'expected object, got an array' }]]);

    const admin = await s.as('admin');
    const add = (payload: object) => s.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload });
    expect(errorsOf(await add({ username: 'a', role: 'nurse', password: 'short' }))).toEqual([400, [
      { path: 'body.username', message: '"a" is not accepted: 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit' },
      { path: 'body.role', message: '"nurse" is not accepted; accepted: "clinician", "researcher", "admin"' },
      { path: 'body.password', message: 'too short: 5 characters; minimum 12' },
    ]]);
    expect(errorsOf(await add({ username: 'dr.lee', role: 'clinician', password: 'I am Dr.Lee, hello' }))).toEqual([400, [{ path: 'body.password', message: 'must not contain the user name' }]]);
    expect(errorsOf(await add({ username: 'dr.lee', role: 'clinician', password: 'a long pass phrase', admin: true }))).toEqual([400, [{ path: 'body', message: 'unknown field "admin"' }]]);
    const created = await add({ username: 'dr.lee', role: 'clinician', password: 'a long pass phrase' });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe(`/api/users/${created.json().id as string}`);
    expect((await add({ username: 'DR.LEE', role: 'researcher', password: 'another pass phrase' })).statusCode).toBe(409);

    const change = (id: string, payload: object) => s.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin, payload });
    const lee = created.json().id as string;
    expect(errorsOf(await change(lee, {}))).toEqual([400, [{ path: 'body', message: 'nothing to change: send "role", "disabled" or "password"' }]]);
    expect(errorsOf(await change(lee, { role: 'root', disabled: 'yes' }))).toEqual([400, [
      { path: 'body.role', message: '"root" is not accepted; accepted: "clinician", "researcher", "admin"' },
      { path: 'body.disabled', message: 'expected boolean, got "yes"' },
    ]]);
    expect(errorsOf(await change(lee, { password: 'dr.lee forever and ever' }))).toEqual([400, [{ path: 'body.password', message: 'must not contain the user name' }]]);
    expect((await change(UNKNOWN_ID, { disabled: true })).statusCode).toBe(404);
    expect((await change(lee, { role: 'researcher' })).json()).toMatchObject({ role: 'researcher', version: 2 });
    const me = (await s.app.inject({ url: '/api/session', headers: admin })).json().user.id as string;
    for (const own of [{ role: 'clinician' }, { disabled: true }]) {
      const res = await change(me, own);
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toMatch(/cannot change their own role or disable themselves/);
    }

    const token = (payload: object) => s.app.inject({ method: 'POST', url: '/api/tokens', headers: admin, payload });
    expect(errorsOf(await token({ days: 0 }))).toEqual([400, [{ path: 'body.days', message: '0 is too small; minimum 1' }]]);
    expect(errorsOf(await token({ days: 366, name: 7 }))).toEqual([400, [
      { path: 'body.name', message: 'expected string, got 7' },
      { path: 'body.days', message: '366 is too big; maximum 365' },
    ]]);
    expect((await token({ name: null, days: 365 })).statusCode).toBe(201);
  }, 60_000);

  it('keeps an admin from demoting or disabling themselves however their id is spelt', async () => {
    const admin = await s.as('admin');
    const me = (await s.app.inject({ url: '/api/session', headers: admin })).json().user.id as string;
    for (const id of [me.toUpperCase(), `${me.slice(0, 8).toUpperCase()}${me.slice(8)}`]) {
      for (const own of [{ role: 'clinician' }, { disabled: true }]) {
        const res = await s.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin, payload: own });
        expect(res.statusCode, res.body).toBe(400);
      }
    }
    expect((await s.app.inject({ url: '/api/session', headers: admin })).json().user).toMatchObject({ role: 'admin' });
  }, 60_000);

  it('marks the cookie Secure (__Host- prefix) and sends HSTS when a trusted proxy says https', async () => {
    const behindProxy = await buildApp({ registry: s.t.registry, trust: { secret: TEST_SECRET }, trustProxy: true });
    try {
      const res = await behindProxy.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' }, payload: { username: 'admin', password: DEMO_PASSWORD } });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/^__Host-bonemet_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const [row] = await s.t.registry.db.rows<{ ip: string }>(sql`SELECT client_ip AS ip FROM audit_events WHERE request_id = ${String(res.headers['x-request-id'])}`);
      expect(row?.ip).toBe('203.0.113.7');
    } finally {
      await behindProxy.close();
    }
  }, 60_000);

  it('sends the security headers on every answer', async () => {
    for (const path of ['/health', '/api/patients', '/api/nothing-here']) {
      const res = await s.app.inject(path);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    expect((await s.app.inject({ url: '/api/patients', headers: await s.as('clinician') })).headers['cache-control']).toBe('no-store');
  });

  it('refuses cookie-authenticated changes without the CSRF header or a same-origin Origin; bearer tokens need neither', async () => {
    const { cookie } = await s.as('clinician');
    const body = { code: 'CSRF-1', name: 'Csrf Test', sex: 'male' };
    expect((await s.app.inject({ method: 'POST', url: '/api/patients', headers: { cookie }, payload: body })).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'POST', url: '/api/patients', headers: { cookie, origin: 'https://evil.example' }, payload: body })).statusCode).toBe(403);
    // an Origin equal to the Host header proves nothing (the client writes both: DNS rebinding); only a configured public origin passes
    expect((await s.app.inject({ method: 'POST', url: '/api/patients', headers: { cookie, origin: 'http://localhost:80' }, payload: body })).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'POST', url: '/api/patients', headers: { cookie, host: 'rebound.example', origin: 'http://rebound.example' }, payload: body })).statusCode).toBe(403);
    const configured = await buildApp({ registry: s.t.registry, trust: { secret: TEST_SECRET, publicOrigins: ['https://bonemet.example:443/'] } });
    try {
      expect((await configured.inject({ method: 'POST', url: '/api/patients', headers: { cookie, host: 'rebound.example', origin: 'http://rebound.example' }, payload: body })).statusCode).toBe(403);
      expect((await configured.inject({ method: 'POST', url: '/api/patients', headers: { cookie, origin: 'http://localhost:80' }, payload: body })).statusCode).toBe(403);
      expect((await configured.inject({ method: 'POST', url: '/api/patients', headers: { cookie, origin: 'https://bonemet.example' }, payload: body })).statusCode).toBe(201);
      const signIn = await configured.inject({ method: 'POST', url: '/api/session', headers: { host: 'rebound.example', origin: 'http://rebound.example' }, payload: { username: 'clinician', password: DEMO_PASSWORD } });
      expect(signIn.statusCode).toBe(403);
    } finally {
      await configured.close();
    }
    await expect(buildApp({ registry: s.t.registry, trust: { secret: TEST_SECRET, publicOrigins: ['bonemet.example/path'] } })).rejects.toThrow(/not a public origin/);
    const token = await s.app.inject({ method: 'POST', url: '/api/tokens', headers: await s.as('clinician'), payload: { name: 'script', days: 1 } });
    expect(token.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${token.json().token as string}` };
    expect((await s.app.inject({ method: 'POST', url: '/api/patients', headers: bearer, payload: { ...body, code: 'CSRF-2' } })).statusCode).toBe(201);
    expect((await s.app.inject({ method: 'POST', url: '/api/tokens', headers: bearer, payload: {} })).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'DELETE', url: `/api/tokens/${token.json().id as string}`, headers: bearer })).statusCode).toBe(204);
    expect((await s.app.inject({ url: '/api/patients', headers: bearer })).statusCode).toBe(401);
  }, 60_000);

  it('two clients editing one record: one wins, the other gets 409, no lost update', async () => {
    const a = await s.as('clinician');
    const b = await s.as('admin');
    const created = await s.app.inject({ method: 'POST', url: '/api/patients', headers: a, payload: { code: 'CC-1', name: 'Concurrent Test', sex: 'female', cohort: 'x' } });
    const id = created.json().id as string;
    const [ra, rb] = await Promise.all([
      s.app.inject({ method: 'PATCH', url: `/api/patients/${id}`, headers: { ...a, 'if-match': '"1"' }, payload: { cohort: 'from-a' } }),
      s.app.inject({ method: 'PATCH', url: `/api/patients/${id}`, headers: { ...b, 'if-match': '"1"' }, payload: { studyArm: 'from-b' } }),
    ]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    const winner = ra.statusCode === 200 ? ra : rb;
    const loser = ra.statusCode === 200 ? rb : ra;
    expect(loser.json()).toMatchObject({ status: 409, currentVersion: 2 });
    const now = (await s.app.inject({ url: `/api/patients/${id}`, headers: a })).json();
    expect(now).toMatchObject({ version: 2, ...(winner === ra ? { cohort: 'from-a', studyArm: null } : { cohort: 'x', studyArm: 'from-b' }) });
    // the loser reloads and applies its change again: both changes are kept
    const retry = await s.app.inject({ method: 'PATCH', url: `/api/patients/${id}`, headers: { ...(loser === ra ? a : b), 'if-match': '"2"' }, payload: loser === ra ? { cohort: 'from-a' } : { studyArm: 'from-b' } });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ cohort: 'from-a', studyArm: 'from-b', version: 3 });
    const audited = await s.t.registry.db.rows(sql`SELECT action FROM audit_events WHERE record_id = ${id} AND action = 'update'`);
    expect(audited).toHaveLength(2);
  }, 60_000);

  it('throttles sign-in: 5 failures, then 429 with Retry-After, audited', async () => {
    const attempt = (password: string) => s.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, remoteAddress: '10.9.9.9', payload: { username: 'researcher', password } });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password!')).statusCode).toBe(401);
    const limited = await attempt(DEMO_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);
    const rows = await s.t.registry.db.rows<{ detail: string }>(sql`SELECT detail FROM audit_events WHERE action = 'sign-in' AND client_ip = '10.9.9.9' ORDER BY id`);
    expect(rows.map((r) => r.detail.split(/[ ;]/)[0])).toEqual(['bad-credentials', 'bad-credentials', 'bad-credentials', 'bad-credentials', 'bad-credentials']);
    const limitedRows = await s.t.registry.db.rows<{ detail: string }>(sql`SELECT detail FROM access_denials WHERE request_id = ${String(limited.headers['x-request-id'])}`);
    expect(limitedRows.map((r) => r.detail)).toEqual(['sign-in rate-limited; user name "researcher"']);
    await s.t.registry.db.rows(sql`DELETE FROM sign_in_failures`);
  }, 60_000);

  it('keeps requests of no one out of the audit chain, counted per client, route and reason per minute', async () => {
    const db = s.t.registry.db;
    const chain = async () => (await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`))[0]!.n;
    const before = await chain();
    const kinds = [
      { url: '/api/patients' },
      { url: `/api/patients/${UNKNOWN_ID}`, headers: { cookie: 'bonemet_session=forged-session-secret-0123456789' } },
      { url: '/api/cohorts/analysis', method: 'POST' as const, headers: { authorization: 'Bearer bmt_forged-token-0123456789abcdef' }, payload: {} },
      { url: '/api/session', method: 'POST' as const, payload: { username: 'x', password: 'y' } }, // CSRF, no session
      { url: '/api/users', headers: { cookie: 'bonemet_session=' } },
    ];
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => s.app.inject({ method: 'GET', ...kinds[i % kinds.length]!, remoteAddress: '10.6.6.6' })));
    expect(answers.every((r) => r.statusCode === 401 || r.statusCode === 403)).toBe(true);
    expect(await chain()).toBe(before);
    // counted per client, route and reason per minute: the first of each at once, the rest as one row with their number
    await flushDenials(db);
    const recorded = await db.rows<{ id: string; count: number }>(sql`SELECT request_id AS id, count FROM access_denials WHERE client_ip = '10.6.6.6'`);
    expect(recorded.reduce((sum, r) => sum + r.count, 0)).toBe(50);
    expect(recorded.length).toBeLessThanOrEqual(2 * kinds.length);
    const ids = new Set(answers.map((r) => String(r.headers['x-request-id'])));
    expect(recorded.every((r) => ids.has(r.id))).toBe(true);
    await expect(db.rows(sql`DELETE FROM access_denials`)).rejects.toThrow();
  }, 60_000);

  it('reserves each sign-in attempt before checking the password: of 100 parallel wrong guesses at most the limit are checked', async () => {
    const guess = (username: string, ip: string) => s.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, remoteAddress: ip, payload: { username, password: 'a wrong guess!!' } });
    const checked = async (where: ReturnType<typeof sql>) => (await s.t.registry.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'sign-in' AND detail LIKE 'bad-credentials%' AND ${where}`))[0]!.n;
    // one user name from 100 addresses: the per-user limit (5)
    const byUser = await Promise.all(Array.from({ length: 100 }, (_, i) => guess('researcher', `10.8.${i >> 8}.${i & 255}`)));
    expect(byUser.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(5);
    expect(byUser.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(95);
    expect(await checked(sql`client_ip LIKE '10.8.%'`)).toBeLessThanOrEqual(5);
    // 100 user names from one address: the per-address limit (20)
    const byIp = await Promise.all(Array.from({ length: 100 }, (_, i) => guess(`nobody-${i}`, '10.7.7.7')));
    expect(byIp.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(20);
    expect(await checked(sql`client_ip = '10.7.7.7'`)).toBeLessThanOrEqual(20);
    await s.t.registry.db.rows(sql`DELETE FROM sign_in_failures`);
    // a right password after failures still signs in (and clears the user name's failures)
    expect((await s.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-requested-with': 'bonemet' }, payload: { username: 'researcher', password: DEMO_PASSWORD } })).statusCode).toBe(200);
  }, 120_000);

  it("gives researchers the demo cohort with no name, identifier or real date, and lets them address records only by pseudonym", async () => {
    const db = s.t.registry.db;
    const researcher = await s.as('researcher');
    const deid = new Deidentifier(TEST_SECRET);
    const realIds = new Set<string>();
    const realRecords = new Map<string, Record<string, unknown>>(); // by pseudonym
    for (const name of ENTITY_NAMES) {
      for (const row of await db.rows<{ id: string }>(sql`SELECT id::text AS id FROM ${sql.identifier(ENTITIES[name].table)}`)) realIds.add(row.id);
    }
    const patients = await db.rows<{ id: string; code: string; name: string; birthYear: number | null }>(sql`SELECT id::text AS id, code, name, birth_year AS "birthYear" FROM patients`);
    const identifiers = patients.flatMap((p) => [p.code, p.name]);
    const outputs: string[] = [];
    let checkedDates = 0;
    for (const name of ENTITY_NAMES) {
      const def = ENTITIES[name];
      for (let offset = 0; ; offset += 500) {
        const real = await s.t.registry.list(LOCAL_ACTOR, name, { limit: '500', offset: String(offset) });
        for (const r of real.items) realRecords.set(deid.pseudonymId(r.id), r);
        if (offset + 500 >= real.total) break;
      }
      for (let offset = 0; ; offset += 500) {
        const res = await s.app.inject({ url: `/api/${name}?limit=500&offset=${offset}`, headers: researcher });
        expect(res.statusCode, res.body).toBe(200);
        outputs.push(res.body);
        const page = res.json() as { items: Record<string, unknown>[]; total: number };
        for (const item of page.items) {
          const original = realRecords.get(item.id as string)!;
          const patientId = String(name === 'patients' ? original.id : original.patientId);
          for (const [field, value] of Object.entries(original)) {
            if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
              expect(item[field], `${name}.${field}`).not.toBe(value);
              if (def.dateField === field) {
                expect(Date.parse(item[field] as string) - Date.parse(value)).toBe(deid.offsetDays(patientId) * 86_400_000);
                checkedDates++;
              }
            }
          }
          for (const free of ['notes', 'planNote', 'location', 'createdBy', 'updatedBy', 'createdAt', 'updatedAt']) expect(item).not.toHaveProperty(free);
        }
        if (offset + 500 >= page.total) break;
      }
    }
    expect(checkedDates).toBeGreaterThan(1000);
    for (const file of ['cohort.csv', 'observations.csv', 'data-dictionary.csv']) {
      const res = await s.app.inject({ url: `/api/export/${file}`, headers: researcher });
      expect(res.statusCode).toBe(200);
      outputs.push(res.body);
    }
    const cohortCsv = outputs.at(-3)!.trim().split('\n');
    expect(cohortCsv.length).toBe(patients.length + 1);
    const realCohort = (await s.app.inject({ url: '/api/export/cohort.csv', headers: await s.as('clinician') })).body.trim().split('\n');
    const header = realCohort[0]!.split(',');
    const start = header.indexOf('treatment_start');
    const realStarts = new Map(realCohort.slice(1).map((line) => { const f = line.split(','); const p = patients.find((x) => x.code === f[0])!; return [deid.pseudonymCode(p.id), f[start]]; }));
    for (const line of cohortCsv.slice(1)) {
      const f = line.split(',');
      expect(f[0]).toMatch(/^S-/);
      if (f[start]) expect(f[start]).not.toBe(realStarts.get(f[0]!));
    }
    const analysis = await s.app.inject({ method: 'POST', url: '/api/cohorts/analysis', headers: researcher, payload: {} });
    expect(analysis.statusCode).toBe(200);
    outputs.push(analysis.body);
    const all = outputs.join('\n');
    for (const id of realIds) expect(all.includes(id), `real id ${id} in a researcher's view`).toBe(false);
    for (const text of identifiers) expect(all.includes(`"${text}"`) || all.includes(`\n${text},`), `identifier ${text}`).toBe(false);
    expect(all).not.toMatch(/Synthetic Patient/);

    const anyPatient = patients[0]!;
    const byPseudonym = await s.app.inject({ url: `/api/patients/${deid.pseudonymId(anyPatient.id)}`, headers: researcher });
    expect(byPseudonym.json()).toMatchObject({ code: deid.pseudonymCode(anyPatient.id) });
    expect((await s.app.inject({ url: `/api/patients/${anyPatient.id}`, headers: researcher })).statusCode).toBe(404);
    const filtered = await s.app.inject({ url: `/api/treatments?patientId=${deid.pseudonymId(anyPatient.id)}`, headers: researcher });
    expect(filtered.json().items.length).toBeGreaterThan(0);
    expect((await s.app.inject({ url: `/api/patients?code=${anyPatient.code}`, headers: researcher })).statusCode).toBe(400);
    expect((await s.app.inject({ url: '/api/follow-up/due', headers: researcher })).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'POST', url: '/api/patients', headers: researcher, payload: { code: 'R', name: 'R', sex: 'male' } })).statusCode).toBe(403);
  }, 240_000);

  it('audits lists, the worklist and exports with the filters asked and the records seen', async () => {
    const clinician = await s.as('clinician');
    const auditOf = async (res: { headers: Record<string, unknown> }, action: string) => {
      const rows = await s.t.registry.db.rows<{ detail: string; records: string }>(sql`SELECT detail, records FROM audit_events WHERE request_id = ${String(res.headers['x-request-id'])} AND action = ${action}`);
      expect(rows).toHaveLength(1);
      return { detail: rows[0]!.detail, records: JSON.parse(rows[0]!.records) as string[] };
    };
    const list = await s.app.inject({ url: '/api/treatments?limit=3&kind=pvp', headers: clinician });
    const listed = await auditOf(list, 'list');
    expect(listed.records).toEqual(list.json().items.map((i: { id: string }) => i.id));
    expect(listed.records).toHaveLength(3);
    expect(listed.detail).toContain('"kind":"pvp"');
    const due = await s.app.inject({ url: '/api/follow-up/due?state=upcoming&limit=4&on=2020-01-01', headers: clinician });
    const worklist = await auditOf(due, 'list');
    expect(worklist.records).toEqual(due.json().items.map((i: { id: string }) => i.id));
    expect(worklist.detail).toContain('"state":"upcoming"');
    const exported = await s.app.inject({ url: '/api/export/cohort.csv?cohort=demo-000&studyArm=PVP', headers: await s.as('researcher') });
    const audit = await auditOf(exported, 'export');
    expect(audit.records).toHaveLength(exported.body.trim().split('\n').length - 1);
    expect(audit.records.length).toBeGreaterThan(10);
    expect(audit.detail).toContain('"studyArm":["PVP"]');
    expect(await sealAndVerifyAudit(s.t.registry.db)).toMatchObject({ ok: true });
  }, 60_000);

  it('shows researchers no analysis cell under the minimum (5, configurable), ages over 89 as 90, lists in pseudonym order', async () => {
    const clinician = await s.as('clinician');
    const researcher = await s.as('researcher');
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const p = await s.app.inject({ method: 'POST', url: '/api/patients', headers: clinician, payload: { code: `SC-${i}`, name: `Small Cell ${i}`, sex: i % 3 ? 'male' : 'female', cohort: 'small-cells', studyArm: i < 7 ? 'big' : 'tiny', birthYear: i === 0 ? 1920 : 1960 } });
      expect(p.statusCode, p.body).toBe(201);
      ids.push(p.json().id as string);
      await s.app.inject({ method: 'POST', url: '/api/treatments', headers: clinician, payload: { patientId: ids[i], kind: 'radiotherapy', startedOn: '2024-03-01', details: { technique: 'imrt', doseGy: 30, fractions: 10 } } });
    }
    const analyse = (app: typeof s.app) => app.inject({ method: 'POST', url: '/api/cohorts/analysis', headers: researcher, payload: { filter: { cohort: 'small-cells' } } });
    const seen = (await analyse(s.app)).json();
    expect(seen.groups).toEqual([{ group: 'big', n: 7 }]);
    expect(seen.excluded.smallGroups).toBe(1);
    expect(seen.minCellSize).toBe(5);
    const smallCells: string[] = [];
    const check = (value: unknown, path: string, k: number): void => {
      if (Array.isArray(value)) value.forEach((v, i) => check(v, `${path}[${i}]`, k));
      else if (value !== null && typeof value === 'object') for (const [key, v] of Object.entries(value)) {
        if (['n', 'events', 'nRisk', 'nEvent', 'noGroup', 'noSurvival', 'dropped'].includes(key) && typeof v === 'number' && v > 0 && v < k) smallCells.push(`${path}.${key}`);
        if (key === 'counts') for (const c of (v as unknown[]).flat()) if (typeof c === 'number' && c > 0 && c < k) smallCells.push(`${path}.counts`);
        check(v, `${path}.${key}`, k);
      }
    };
    check(seen, 'analysis', 5);
    expect(smallCells).toEqual([]);
    expect(JSON.stringify(seen)).toContain('null'); // something was withheld (e.g. 2 or 3 of 7 female)
    const clinicianView = (await s.app.inject({ method: 'POST', url: '/api/cohorts/analysis', headers: clinician, payload: { filter: { cohort: 'small-cells' } } })).json();
    expect(clinicianView.groups).toEqual([{ group: 'big', n: 7 }, { group: 'tiny', n: 2 }]);
    const strict = await buildApp({ registry: s.t.registry, trust: { secret: TEST_SECRET, minCellSize: 10 } });
    try {
      expect((await analyse(strict)).json()).toMatchObject({ groups: [], minCellSize: 10, excluded: { smallGroups: 2 } });
    } finally {
      await strict.close();
    }

    // ages over 89: the birth year withheld, ages in facts and exports grouped at 90
    const deid = new Deidentifier(TEST_SECRET);
    const old = (await s.app.inject({ url: `/api/patients/${deid.pseudonymId(ids[0]!)}`, headers: researcher })).json();
    expect(old).toMatchObject({ birthYear: null, ageOver89: true });
    expect((await s.app.inject({ url: `/api/patients/${deid.pseudonymId(ids[1]!)}`, headers: researcher })).json().birthYear).toBeGreaterThan(1950);
    const decision = await s.app.inject({ method: 'POST', url: '/api/decisions', headers: clinician, payload: { patientId: ids[0], decidedOn: '2024-02-01', facts: { patient: { age: 104, sex: 'female' } }, chosenOptions: ['bma'] } });
    expect(decision.statusCode, decision.body).toBe(201);
    expect((await s.app.inject({ url: `/api/decisions/${deid.pseudonymId(decision.json().id as string)}`, headers: researcher })).json().facts.patient.age).toBe(90);
    const csv = parseCsvRecords((await s.app.inject({ url: '/api/export/cohort.csv?cohort=small-cells', headers: researcher })).body);
    const age = csv[0]!.fields.indexOf('age');
    expect(csv.slice(1).map((r) => r.fields[age]).sort()).toEqual(['64', '64', '64', '64', '64', '64', '64', '64', '90+']);

    // lists in pseudonym order, across pages
    const all = (await s.app.inject({ url: '/api/patients?limit=500', headers: researcher })).json().items.map((p: { id: string }) => p.id) as string[];
    expect(all.length).toBeGreaterThan(100);
    expect(all).toEqual([...all].sort());
    const paged: string[] = [];
    for (let offset = 0; offset < 30; offset += 10) paged.push(...(await s.app.inject({ url: `/api/patients?limit=10&offset=${offset}`, headers: researcher })).json().items.map((p: { id: string }) => p.id));
    expect(paged).toEqual(all.slice(0, 30));
  }, 120_000);

  it('gives researchers a decision\'s facts without free text: only codes, numbers and moved dates', async () => {
    const clinician = await s.as('clinician');
    const researcher = await s.as('researcher');
    const patient = await s.app.inject({ method: 'POST', url: '/api/patients', headers: clinician, payload: { code: 'FT-1', name: 'Free Text', sex: 'female', cohort: 'free-text' } });
    const patientId = patient.json().id as string;
    // Names and record numbers typed into level lists are refused at the boundary, never stored.
    const typedIntoLevels = {
      decisionDate: '2024-05-06',
      patient: { age: 71, sex: 'female' },
      plannedPvpLevels: ['L1', 'Jane Roe MRN 4471-22'],
      priorTreatments: [{ kind: 'radiotherapy', levels: ['T12', 'call Dr Smith 555-0199'], date: '2023-11-01' }],
    };
    const refused = await s.app.inject({ method: 'POST', url: '/api/decisions', headers: clinician, payload: { patientId, decidedOn: '2024-05-06', facts: typedIntoLevels, chosenOptions: ['pvp'] } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.facts.plannedPvpLevels[1]', 'body.facts.priorTreatments[0].levels[1]']);
    // Free text the facts do allow (a drug name) is withheld from researchers.
    const facts = {
      decisionDate: '2024-05-06',
      patient: { age: 71, sex: 'female' },
      primary: { histology: 'breast' },
      plannedPvpLevels: ['L1', 't12'],
      priorTreatments: [{ kind: 'radiotherapy', levels: ['T12'], date: '2023-11-01' }],
      systemicTherapy: [{ agent: 'osimertinib for Jane Roe', class: 'egfr-tki-oral', ongoing: true }],
      lesions: [{ level: 'L1', site: 'spine' }],
    };
    const created = await s.app.inject({ method: 'POST', url: '/api/decisions', headers: clinician, payload: { patientId, decidedOn: '2024-05-06', facts, chosenOptions: ['pvp'] } });
    expect(created.statusCode, created.body).toBe(201);
    const stored = created.json().facts;
    const deid = new Deidentifier(TEST_SECRET);
    const shown = await s.app.inject({ url: `/api/decisions/${deid.pseudonymId(created.json().id as string)}`, headers: researcher });
    const listed = await s.app.inject({ url: `/api/decisions?patientId=${deid.pseudonymId(patientId)}`, headers: researcher });
    for (const body of [shown.body, listed.body]) {
      for (const secret of ['Jane', 'Roe', '4471', 'Smith', '555-0199', 'osimertinib', '2024-05-06', '2023-11-01']) expect(body, secret).not.toContain(secret);
    }
    const seen = shown.json().facts;
    expect(seen.plannedPvpLevels).toEqual(['L1', 'T12']);
    expect(seen.patient).toEqual({ age: 71, sex: 'female' });
    expect(seen.primary.histology).toBe('breast');
    expect(seen.decisionDate).toBe(deid.text(String(stored.decisionDate), patientId));
    expect(seen.priorTreatments[0].levels).toEqual(['T12']);
    expect(seen.systemicTherapy[0]).toEqual({ class: 'egfr-tki-oral', ongoing: true });
  }, 60_000);

  // last: its patient's quoted code would trip the researcher test's plain line splitting
  it('protects every CSV (cohort, observations, data dictionary, audit; clinician and researcher) against spreadsheet formulas', async () => {
    const clinician = await s.as('clinician');
    const researcher = await s.as('researcher');
    const patient = await s.app.inject({ method: 'POST', url: '/api/patients', headers: clinician, payload: { code: '=HYPERLINK("http://x","y")', name: '@SUM(A1)', sex: 'male', cohort: 'formula', studyArm: '+cmd|"/c calc"!A0' } });
    expect(patient.statusCode, patient.body).toBe(201);
    const patientId = patient.json().id as string;
    expect((await s.app.inject({ method: 'POST', url: '/api/treatments', headers: clinician, payload: { patientId, kind: 'radiotherapy', startedOn: '2024-02-01', details: { technique: 'imrt', doseGy: 30, fractions: 10, target: '-1+1' } } })).statusCode).toBe(201);
    expect((await s.app.inject({ method: 'POST', url: '/api/assessments', headers: clinician, payload: { patientId, instrument: 'kps', assessedOn: '2024-01-20', inputs: { kps: 70 } } })).statusCode).toBe(201);
    expect((await s.app.inject({ method: 'DELETE', url: '/api/patients/=1+1', headers: researcher })).statusCode).toBe(403); // '=1+1' is audited as the record id
    const csvs: [string, string][] = [];
    for (const who of [clinician, researcher]) {
      for (const file of ['cohort.csv', 'observations.csv', 'data-dictionary.csv']) {
        const res = await s.app.inject({ url: `/api/export/${file}?cohort=formula`, headers: who });
        expect(res.statusCode).toBe(200);
        csvs.push([file, res.body]);
      }
    }
    let audit = '';
    for await (const line of auditCsv(s.t.registry.db)) audit += line;
    csvs.push(['audit', audit]);
    let cells = 0;
    for (const [file, text] of csvs) {
      for (const { fields } of parseCsvRecords(text)) {
        for (const f of fields) {
          cells++;
          if (/^[=+\-@\t\r]/.test(f)) expect(f, `a formula in ${file}`).toMatch(/^[-+]?\d+(\.\d+)?$/);
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
    expect(csvs[0]![1]).toContain(`'=HYPERLINK`);
    expect(csvs[3]![1].split('\n')).toHaveLength(3); // the researcher still gets the patient's row (the code was looked up)
    expect(audit).toContain(`'=1+1`);
  }, 60_000);
});
