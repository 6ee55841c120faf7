// npm run bench:api — HTTP throughput of the registry server against a bare fastify route, in one
// run on loopback: requests per second and p99 latency of POST /api/recommend and of a patient
// read (GET /api/patients/:id), each beside a bare `GET /bare` fastify route served the same way
// (same process model, same load generator), printed as a ratio. Runs on PGlite, and on
// PostgreSQL too when DATABASE_URL is set. Load: autocannon, bounded in time, 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const FACTS = {
  decisionDate: '2024-03-01',
  patient: { age: 64, sex: 'female', weightKg: 58 },
  primary: { histology: 'breast', breastSubtype: 'hormone-receptor-positive', boneMetastasisConfirmed: true, cancerHistory: 'known-active' },
  kps: 70,
  pain: { score: 8, type: 'mechanical', limitsDailyLife: true },
  neurology: { frankel: 'E', deficitProgressing: false },
  lesions: [{ level: 'T12', character: 'lytic', posteriorWallIntact: true, pediclesInvolved: 'none', collapsePercent: 30, escc: '1a', sins: 11 }],
  metastases: { spinal: 1, extraspinalBone: 2, visceral: 'none' },
  labs: { plateletsPerUl: 210000, creatinineMgDl: 0.9 },
};

/** Starts a server child process and resolves with its base URL once it listens. */
function start(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const onData = (chunk) => {
      text += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) resolve({ url: match[1], child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${text}`)));
  });
}

/** A clinician and a bearer token made with the CLI before the server opens the store (PGlite is single-process). */
function benchToken(dataDir, env) {
  const user = `bench-${Date.now()}`;
  const run = (args, input) =>
    execFileSync(process.execPath, ['bin/bonemet.js', ...args, '--data-dir', dataDir], { cwd: root, env: { ...process.env, ...env }, input, encoding: 'utf8' });
  run(['user', 'add', user, '--role', 'clinician', '--password-stdin'], 'bench-password-not-for-use\n');
  return run(['user', 'token', user]).trim().split('\n').pop();
}

async function load(url, options = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const BARE = `
  import Fastify from 'fastify';
  const app = Fastify();
  app.get('/bare', async () => ({ ok: true }));
  console.log(await app.listen({ port: 0, host: '127.0.0.1' }));`;

const rows = [];
const bare = await start(['--input-type=module', '-e', BARE]);
const bareFigures = await load(`${bare.url}/bare`);
rows.push(['bare fastify GET /bare', '', bareFigures, null]);

const stores = [['PGlite', {}], ...(process.env.DATABASE_URL ? [['PostgreSQL', { DATABASE_URL: process.env.DATABASE_URL }]] : [])];
for (const [store, env] of stores) {
  const dir = mkdtempSync(join(tmpdir(), 'bonemet-bench-'));
  const storeEnv = { DATABASE_URL: '', ...env };
  const auth = { authorization: `Bearer ${benchToken(dir, storeEnv)}` };
  const server = await start(['bin/bonemet.js', 'serve', '--port', '0', '--data-dir', dir], storeEnv);
  try {
    const created = await fetch(`${server.url}/api/patients`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ code: `BENCH-${Date.now()}`, name: 'Synthetic Bench', sex: 'female', birthYear: 1960, synthetic: true }),
    }).then((r) => r.json());
    const recommend = await load(`${server.url}/api/recommend`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(FACTS) });
    rows.push(['POST /api/recommend', store, recommend, bareFigures]);
    const read = await load(`${server.url}/api/patients/${created.id}`, { headers: auth });
    rows.push(['GET /api/patients/:id', store, read, bareFigures]);
    await fetch(`${server.url}/api/patients/${created.id}`, { method: 'DELETE', headers: { ...auth, 'if-match': String(created.version) } });
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
bare.child.kill('SIGTERM');

console.log(`autocannon, ${CONNECTIONS} connections, ${DURATION} s per route, loopback, Node ${process.version}`);
console.log('| route | store | requests/s | p99 latency (ms) | rps ratio to bare fastify |');
console.log('| --- | --- | --- | --- | --- |');
for (const [route, store, f, base] of rows) {
  console.log(`| ${route} | ${store} | ${Math.round(f.rps)} | ${f.p99} | ${base ? (f.rps / base.rps).toFixed(3) : '1'} |`);
}
