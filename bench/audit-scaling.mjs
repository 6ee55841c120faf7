// npm run bench:audit — the audit trail at scale on PostgreSQL (issue 12), ratios within one run:
//  1. audited GET /api/patients/:id against the same route with auditing switched off (one instance);
//  2. two instances on one database against one (aggregate requests/s), sampling pg_stat_activity
//     every 100 ms for the share of the database's sessions waiting on a lock;
//  3. a signed-in reader alone, then with a flood of unauthenticated requests at 200 req/s (401s).
// The servers run as a runtime role that may only INSERT and SELECT audit rows (bonemet db grant),
// with the sealer on; the chain is sealed and verified at the end. Needs DATABASE_URL (a role that
// may create databases and roles: the bench makes database bonemet_bench_audit and drops it).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase, sql } from '../dist/registry/db.js';
import { Registry } from '../dist/registry/registry.js';
import { LOCAL_ACTOR } from '../dist/registry/access.js';
import { databaseAudit } from '../dist/trust/registry-audit.js';
import { createUser, issueToken } from '../dist/trust/accounts.js';
import { grantRuntimeRole } from '../dist/trust/db-roles.js';
import { sealAllNow, verifyAudit } from '../dist/trust/audit.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const FLOOD_RATE = 200;
const DB = process.env.BENCH_DATABASE ?? 'bonemet_bench_audit';
const ROLE = 'bonemet_bench_runtime';
if (!process.env.DATABASE_URL) {
  console.error('bench:audit needs DATABASE_URL (PostgreSQL), e.g. postgres://postgres@127.0.0.1:5432/test');
  process.exit(1);
}
const withDb = (url, db, user) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  if (user) {
    u.username = user;
    u.password = '';
  }
  return u.toString();
};
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB}`);
const ownerUrl = withDb(process.env.DATABASE_URL, DB);
const runtimeUrl = withDb(process.env.DATABASE_URL, DB, ROLE);
const env = { BONEMET_AUDIT_KEY: randomBytes(32).toString('hex'), BONEMET_SECRET: randomBytes(32).toString('hex') };

// the owner migrates, grants the runtime role and writes a user, a token and a patient
const owner = await Registry.open({ databaseUrl: ownerUrl, poolSize: 2 }, { audit: databaseAudit });
await grantRuntimeRole(owner.db, ROLE);
const user = await createUser(owner.db, { username: 'bench', role: 'clinician', password: 'a password not for use anywhere' }, { actor: 'local' });
const token = (await issueToken(owner.db, user, { name: 'bench' }, { actor: 'local' })).secret;
const patient = await owner.create(LOCAL_ACTOR, 'patients', { code: 'BENCH-1', name: 'Synthetic bench', sex: 'female' });
await owner.close();

function start(args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/audit-server.mjs', ...args], { cwd: root, env: { ...process.env, ...env, DATABASE_URL: runtimeUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (chunk) => resolve({ url: String(chunk).trim(), child }));
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}
const stop = async (server) => {
  const done = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await done;
};

const path = `/api/patients/${patient.id}`;
const authorised = { authorization: `Bearer ${token}` };
async function load(url, options = {}) {
  const result = await autocannon({ url: `${url}${path}`, connections: CONNECTIONS, duration: DURATION, headers: authorised, ...options });
  if (!options.expectStatus && (result.non2xx || result.errors)) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total };
}

/** Samples the bench database's sessions every 100 ms while `work` runs: the share waiting on a lock. */
async function sampled(work) {
  const probe = new pg.Client({ connectionString: ownerUrl });
  await probe.connect();
  let sessions = 0;
  let waiting = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { rows } = await probe.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS w FROM pg_stat_activity WHERE datname = $1 AND usename = $2 AND state <> 'idle'`, [DB, ROLE]);
      sessions += rows[0].n;
      waiting += rows[0].w;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const result = await work();
  running = false;
  await sampler;
  await probe.end();
  return { ...result, lockShare: sessions ? waiting / sessions : 0, sessions };
}

const fmt = (n) => n.toFixed(0).padStart(6);
const pct = (x) => `${(100 * x).toFixed(1)} %`;
console.log(`audit scaling on PostgreSQL: GET /api/patients/:id, ${CONNECTIONS} connections per instance, ${DURATION} s each`);

// The machine may be shared: each comparison alternates its two sides ROUNDS times and compares medians.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
async function alternate(first, second) {
  const a = [];
  const b = [];
  for (let i = 0; i < ROUNDS; i++) {
    a.push(await first());
    b.push(await second());
  }
  const pick = (runs) => ({ rps: median(runs.map((r) => r.rps)), p99: median(runs.map((r) => r.p99)), lockShare: Math.max(...runs.map((r) => r.lockShare ?? 0)), runs: runs.map((r) => Math.round(r.rps)) });
  return [pick(a), pick(b)];
}

const off = await start(['--no-audit']);
const a = await start();
const [bare, one] = await alternate(() => load(off.url), () => sampled(() => load(a.url)));
await stop(off);
console.log(`  1. auditing off      ${fmt(bare.rps)} req/s  p99 ${bare.p99} ms   (rounds ${bare.runs.join(', ')})`);
console.log(`     audited           ${fmt(one.rps)} req/s  p99 ${one.p99} ms   (rounds ${one.runs.join(', ')}) ratio ${pct(one.rps / bare.rps)} (target ≥ 70 %); sessions waiting on a lock ${pct(one.lockShare)}`);

const b = await start();
const [single, two] = await alternate(
  () => sampled(() => load(a.url)),
  () => sampled(async () => {
    const [x, y] = await Promise.all([load(a.url), load(b.url)]);
    return { rps: x.rps + y.rps, p99: Math.max(x.p99, y.p99) };
  }),
);
console.log(`  2. one instance      ${fmt(single.rps)} req/s  p99 ${single.p99} ms   (rounds ${single.runs.join(', ')})`);
console.log(`     two instances     ${fmt(two.rps)} req/s  p99 ${two.p99} ms   (rounds ${two.runs.join(', ')}) ratio to one ${(two.rps / single.rps).toFixed(2)} (target ≥ 1); sessions waiting on a lock, worst sample mean ${pct(two.lockShare)} (target < 10 %)`);
await stop(b);

let floodRps = 0;
const [alone, reader] = await alternate(
  () => load(a.url),
  async () => {
    const [r, flood] = await Promise.all([
      load(a.url),
      autocannon({ url: `${a.url}${path}`, connections: 10, duration: DURATION, overallRate: FLOOD_RATE, expectStatus: 401 }),
    ]);
    floodRps = flood.requests.average;
    return r;
  },
);
console.log(`  3. reader alone      ${fmt(alone.rps)} req/s   (rounds ${alone.runs.join(', ')})`);
console.log(`     reader + flood    ${fmt(reader.rps)} req/s   (rounds ${reader.runs.join(', ')}) with ${fmt(floodRps)} req/s of 401s; reader keeps ${pct(reader.rps / alone.rps)} (target: loses < 20 %)`);
await stop(a);

// every audited read is in the chain, sealed and verified under the key
const check = await openDatabase({ databaseUrl: runtimeUrl, poolSize: 2 });
await sealAllNow(check, Buffer.from(env.BONEMET_AUDIT_KEY));
const report = await verifyAudit(check, Buffer.from(env.BONEMET_AUDIT_KEY));
const [{ denials }] = await check.rows(sql`SELECT coalesce(sum(count), 0)::int AS denials, count(*)::int AS rows FROM access_denials`);
const [{ rows: denialRows }] = await check.rows(sql`SELECT count(*)::int AS rows FROM access_denials`);
await check.close();
console.log(`  chain: ${report.ok ? 'intact' : 'BROKEN'}, ${report.rows} audit rows in ${report.seals} seals, ${report.pending} pending; ${denials} denials in ${denialRows} rows`);
await new Promise((r) => setTimeout(r, 500));
await admin.query(`DROP DATABASE IF EXISTS ${DB}`).catch((e) => console.error(`could not drop ${DB}: ${e.message}`));
await admin.query(`DROP ROLE IF EXISTS ${ROLE}`).catch(() => undefined);
await admin.end();
