import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../registry/db.js';
import { mulberry32 } from '../stats/prng.js';
import { STORES, sampleBodies } from '../registry/test-support.js';
import { sealAndVerifyAudit } from '../trust/test-support.js';
import { tableSummaries } from '../trust/backup.js';
import { openTrustedApp, type TrustedApp } from '../trust/test-support.js';
import { declaredRoutes } from './route.js';

/**
 * 5 000 random and malformed requests per store — bad JSON, wrong types, huge values, unicode,
 * SQL and script fragments, forged cookies and tokens — from a seeded PRNG: no 5xx, the server
 * still answers, the data is unchanged (every table but the audit log, the denials of no one, sessions and the sign-in
 * throttle, which record the attempts) and the audit chain verifies.
 */

const REQUESTS = 5000;
const SEED = 20261125;

const NASTY_STRINGS = [
  "'; DROP TABLE patients; --", "' OR '1'='1", '1; SELECT pg_sleep(5)', '$1', '\\', '"', '%00', '\u0000', '\u202e', '../../../../etc/passwd',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}', '患者🦴', 'ｍｅｔａ', '𝕏'.repeat(300),
  'a'.repeat(70_000), '', ' ', 'null', 'true', '-0', 'NaN', 'Infinity', '1e309', '9'.repeat(400), '2024-02-30', '0000-00-00', 'T12', 'l1',
  '00000000-0000-0000-0000-000000000000', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', '=cmd|calc!A1', 'admin', 'clinician',
];
const NASTY_NUMBERS = [0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1 + 0.2, 1e-320, -0, 99999999999, 3.5];
const JUNK_KEYS = ["'; DROP TABLE users; --", '<script>', '患者', 'constructor', '__proto__', 'a'.repeat(500), '$where', 'patientId ', 'version\u0000'];
const RAW_BODIES = [
  '{', '{"a":', '[1,2', 'nul', '{"a":1}garbage', '\uFEFF{}', '{"a":1,"a":2', '\u0000', '{"__proto__":{"admin":true}}',
  `{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`, '"just a string"', 'code,name,sex\nX,"unterminated', '123', '',
];

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function junkValue(rng: () => number, depth = 0): unknown {
  const r = rng();
  if (r < 0.35) return pick(rng, NASTY_STRINGS);
  if (r < 0.55) return pick(rng, NASTY_NUMBERS);
  if (r < 0.62) return pick(rng, [true, false, null]);
  if (r < 0.8 && depth < 4) return Array.from({ length: Math.floor(rng() * 4) }, () => junkValue(rng, depth + 1));
  if (depth < 4) return junkObject(rng, depth + 1, false);
  return 'deep';
}

/** An object that no schema accepts: it always carries at least one unknown key. */
function junkObject(rng: () => number, depth = 0, forceJunkKey = true, base: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(out)) if (rng() < 0.3) out[key] = junkValue(rng, depth + 1);
  if (forceJunkKey || rng() < 0.5) out[pick(rng, JUNK_KEYS.filter((k) => k !== '__proto__'))] = junkValue(rng, depth + 1);
  return out;
}

describe.each(STORES)('fuzzing the API on $name', ({ url }) => {
  let s: TrustedApp;
  const ids: string[] = [];
  beforeAll(async () => {
    s = await openTrustedApp(url);
    const clinician = await s.as('clinician');
    for (let i = 0; i < 3; i++) {
      const p = (await s.app.inject({ method: 'POST', url: '/api/patients', headers: clinician, payload: { code: `FZ-${i}`, name: `Fuzz Patient ${i}`, sex: 'female', birthYear: 1960 } })).json();
      const t = (await s.app.inject({ method: 'POST', url: '/api/treatments', headers: clinician, payload: { patientId: p.id, kind: 'pvp', startedOn: '2024-01-02', details: { levels: [{ level: 'L1', cementMl: 4 }] } } })).json();
      ids.push(p.id, t.id);
      for (const [name, body] of Object.entries(sampleBodies(p.id, { treatmentId: t.id }))) {
        const res = await s.app.inject({ method: 'POST', url: `/api/${name}`, headers: clinician, payload: body });
        if (res.statusCode === 201) ids.push(res.json().id);
      }
    }
  }, 240_000);
  afterAll(async () => s.dispose(), 60_000);

  it(`answers ${REQUESTS} malformed requests without a 5xx and changes nothing`, async () => {
    const db = s.t.registry.db;
    // the audit trail, sessions, the throttle and the stored pseudonyms (filled when a researcher names a record) change by design
    const ignored = new Set(['audit_events', 'audit_seals', 'access_denials', 'sessions', 'sign_in_failures', 'pseudonyms']);
    const snapshot = async () => (await tableSummaries(db)).filter((t) => !ignored.has(t.table));
    const before = await snapshot();
    const rng = mulberry32(SEED);
    const routes = declaredRoutes(s.app).filter((r) => r.method !== 'HEAD');
    const users = (await db.rows<{ id: string }>(sql`SELECT id::text AS id FROM users`)).map((r) => r.id);
    const principals: Record<string, Record<string, string>> = {};
    const signInAll = async () => {
      for (const who of ['clinician', 'researcher', 'admin']) principals[who] = await s.as(who);
      principals.none = {};
      principals.forgedCookie = { cookie: 'bonemet_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'x-requested-with': 'bonemet' };
      principals.forgedToken = { authorization: `Bearer bmt_${'A'.repeat(43)}` };
      principals.garbageAuth = { authorization: pick(rng, ['Bearer', 'Basic YWRtaW46YWRtaW4=', 'Bearer \u0000', `Bearer ${'x'.repeat(5000)}`]), cookie: pick(rng, ['=', ';;;', 'bonemet_session=', `bonemet_session=${'%'.repeat(300)}`]) };
    };
    await signInAll();
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      if (i % 500 === 499) await signInAll(); // DELETE /api/session ends sessions now and then
      const route = pick(rng, routes);
      const who = pick(rng, Object.keys(principals));
      const id = rng() < 0.5 ? pick(rng, [...ids, ...users]) : pick(rng, NASTY_STRINGS);
      let path = route.url
        .replace(':id', encodeURIComponent(id))
        .replace(':instrument', rng() < 0.5 ? 'sins' : encodeURIComponent(pick(rng, NASTY_STRINGS)))
        .replace(':file', rng() < 0.5 ? 'cohort.csv' : encodeURIComponent(pick(rng, NASTY_STRINGS)))
        .replace('*', encodeURIComponent(pick(rng, NASTY_STRINGS)));
      if (rng() < 0.6) {
        const query = new URLSearchParams();
        for (let k = 0; k < 1 + Math.floor(rng() * 3); k++) {
          query.append(pick(rng, ['limit', 'offset', 'patientId', 'code', 'from', 'to', 'kind', 'lang', 'state', 'on', pick(rng, JUNK_KEYS)]), String(junkValue(rng)));
        }
        path += `?${query.toString()}`;
      }
      const headers: Record<string, string> = { ...principals[who] };
      // never the version a record is at, so no change can go through
      if (route.method === 'DELETE' || rng() < 0.3) headers['if-match'] = pick(rng, ['"999"', 'W/"0"', 'abc', '"-1"', '*', '"1e9"']);
      if (rng() < 0.1) headers.origin = pick(rng, ['https://evil.example', 'null', 'http://localhost:80']);
      let payload: string | undefined;
      if (route.method === 'POST' || route.method === 'PATCH' || route.method === 'PUT' || rng() < 0.05) {
        const r = rng();
        if (r < 0.3) {
          payload = pick(rng, RAW_BODIES);
          headers['content-type'] = pick(rng, ['application/json', 'text/csv', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=utf-16']);
        } else {
          const entity = route.url.split('/')[2] ?? '';
          const base = rng() < 0.5 && ids[0] ? (sampleBodies(ids[0], { treatmentId: ids[1]! })[entity] ?? {}) : {};
          const body = rng() < 0.8 ? junkObject(rng, 0, true, base) : junkValue(rng);
          payload = JSON.stringify(body);
          headers['content-type'] = 'application/json';
        }
      }
      const res = await s.app.inject({ method: route.method as 'GET', url: path, headers, ...(payload !== undefined ? { payload } : {}) });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) failures.push(`${route.method} ${path.slice(0, 120)} as ${who}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (route.method === 'DELETE' && res.statusCode === 204 && route.url !== '/api/session') failures.push(`DELETE ${path.slice(0, 120)} succeeded`);
    }
    expect(failures).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
    // the requests reached the handlers, not only the sign-in gate
    for (const status of [200, 400, 401, 403, 404]) expect(statuses.get(status) ?? 0, `answers ${status}: ${JSON.stringify([...statuses])}`).toBeGreaterThan(100);
    expect((await s.app.inject('/health')).statusCode).toBe(200);
    expect(await snapshot()).toEqual(before);
    expect(await sealAndVerifyAudit(db)).toMatchObject({ ok: true });
  }, 600_000);
});
