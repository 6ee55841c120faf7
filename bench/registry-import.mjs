// npm run bench:import — import throughput of a cohort CSV with 100 000 visit rows (assessments
// recorded at scheduled follow-up visits) into PostgreSQL (DATABASE_URL, a scratch schema dropped
// afterwards) and, with BENCH_PGLITE=1, into in-memory PGlite. Prints rows/s per phase, and the
// latency of GET /health of the app serving the same registry in this process, sampled from a
// child process every 20 ms: for 2 s before the import (the reference) and during it.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { LOCAL_ACTOR } from '../dist/registry/access.js';
import { openDatabase, sql } from '../dist/registry/db.js';
import { importCohortCsv } from '../dist/registry/import.js';
import { Registry } from '../dist/registry/registry.js';
import { databaseAudit } from '../dist/trust/registry-audit.js';
import { buildApp } from '../dist/server/app.js';

const VISIT_ROWS = Number(process.env.BENCH_VISIT_ROWS ?? 100_000);
const PER_PATIENT = 8; // VAS at 1, 3, 6, 12 months; SINS and KPS at 1 and 3 (000 §1.3)
const patients = Math.ceil(VISIT_ROWS / PER_PATIENT);

function cohortCsv() {
  const lines = ['entity,patient,key,visit_month,name,sex,kind,started_on,details,instrument,assessed_on,inputs'];
  const pvp = '"{""levels"":[{""level"":""L1"",""cementMl"":3.5}]}"';
  const sins = '"{""level"":""L1"",""pain"":""occasional-non-mechanical"",""boneLesion"":""lytic"",""alignment"":""normal"",""collapse"":""under-50"",""posterolateral"":""none""}"';
  for (let p = 0; p < patients; p++) {
    const code = `BI-${p}`;
    const day = String(1 + (p % 28)).padStart(2, '0');
    lines.push(`patients,${code},,,Synthetic Bench ${p},${p % 2 ? 'male' : 'female'},,,,,,`);
    lines.push(`treatments,${code},t${p},,,,pvp,2020-01-${day},${pvp},,,`);
    const at = (m) => `2020-${String(1 + m).padStart(2, '0')}-${day}`.replace('2020-13', '2021-01');
    for (const m of [1, 3, 6, 12]) lines.push(`assessments,${code},,${m},,,,,,vas,${at(m)},"{""score"":${(p + m) % 10}}"`);
    for (const m of [1, 3]) {
      lines.push(`assessments,${code},,${m},,,,,,sins,${at(m)},${sins}`);
      lines.push(`assessments,${code},,${m},,,,,,kps,${at(m)},"{""kps"":${60 + 10 * (p % 4)}}"`);
    }
  }
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const latency = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `p50 ${quantile(sorted, 0.5).toFixed(1)} · p99 ${quantile(sorted, 0.99).toFixed(1)} · max ${sorted.at(-1).toFixed(1)} ms (${sorted.length} samples, ${sorted.filter((ms) => ms >= 100).length} ≥ 100 ms)`;
};

async function run(label, store, cleanup) {
  const { text, rows } = cohortCsv();
  const registry = await Registry.open(store, { audit: databaseAudit });
  const app = await buildApp({ registry });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const sampler = fork(new URL('./health-sampler.mjs', import.meta.url), [`${address}/health`]);
  await new Promise((resolve) => sampler.once('message', resolve));
  const sample = async (work) => {
    const answer = new Promise((resolve) => sampler.once('message', resolve));
    sampler.send('start');
    await work();
    sampler.send('stop');
    return answer;
  };
  const idle = await sample(() => new Promise((resolve) => setTimeout(resolve, 2000)));
  let t0 = 0;
  let validated = 0;
  let total = 0;
  const during = await sample(async () => {
    t0 = performance.now();
    await importCohortCsv(registry, LOCAL_ACTOR, text, (p) => {
      if (p.phase === 'validate') validated = performance.now() - t0;
    });
    total = performance.now() - t0;
  });
  sampler.disconnect();
  const [visits] = await registry.db.rows(sql`SELECT count(*)::int AS n FROM follow_up_visits WHERE status = 'done'`);
  if (registry.db.kind === 'postgres') {
    // the reference: PostgreSQL alone writing the same assessment rows (heap, indexes, foreign keys), no client
    await registry.db.rows(sql`CREATE TABLE ref_assessments (LIKE assessments INCLUDING ALL)`);
    await registry.db.rows(sql`ALTER TABLE ref_assessments ADD FOREIGN KEY (patient_id) REFERENCES patients (id), ADD FOREIGN KEY (visit_id) REFERENCES follow_up_visits (id)`);
    const r0 = performance.now();
    const [copied] = await registry.db.rows(sql`WITH i AS (INSERT INTO ref_assessments SELECT * FROM assessments RETURNING 1) SELECT count(*)::int AS n FROM i`);
    const ms = performance.now() - r0;
    referenceLines.push(`| ${label} | ${copied.n} assessment rows by \`INSERT … SELECT\` inside the database | ${(ms / 1000).toFixed(1)} s | ${Math.round(copied.n / (ms / 1000))} rows/s |`);
  }
  await app.close();
  await registry.close();
  await cleanup?.();
  const [load1] = loadavg();
  console.log(`| ${label} | ${rows} (${patients} patients, ${patients * PER_PATIENT} visit rows) | ${(validated / 1000).toFixed(1)} s | ${((total - validated) / 1000).toFixed(1)} s | ${(total / 1000).toFixed(1)} s | **${Math.round(rows / (total / 1000))}** | ${visits.n} visits completed | ${load1.toFixed(1)} |`);
  healthLines.push(`| ${label} | ${latency(idle)} | ${latency(during)} |`);
}

const referenceLines = ['', '| store | reference: the database alone | time | rows/s |', '| --- | --- | --- | --- |'];
const healthLines = ['', '| store | GET /health before the import | GET /health during it |', '| --- | --- | --- |'];
console.log(`cohort CSV import, Node ${process.version}; target on PostgreSQL: ≥ 20 000 rows/s for 100 000 visit rows, GET /health < 100 ms during it; load average at the start: ${loadavg().map((n) => n.toFixed(1)).join(', ')}`);
console.log('| store | rows | read and validate | write and commit | total | rows/s | check | load average (1 min) at the end |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
if (process.env.DATABASE_URL) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await run('PostgreSQL', { databaseUrl: process.env.DATABASE_URL, schema }, async () => {
    const admin = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
    await admin.rows(sql`DROP SCHEMA ${sql.identifier(schema)} CASCADE`);
    await admin.close();
  });
} else console.log('(set DATABASE_URL for the PostgreSQL figures)');
if (process.env.BENCH_PGLITE === '1') await run('PGlite (memory)', {});
console.log(healthLines.join('\n'));
if (referenceLines.length > 3) console.log(referenceLines.join('\n'));
console.log(`load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(', ')}`);
