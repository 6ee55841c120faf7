// npm run bench:import — import throughput of a cohort CSV with 100 000 visit rows (assessments
// recorded at scheduled follow-up visits) into PostgreSQL (DATABASE_URL, a scratch schema dropped
// afterwards) and, with BENCH_PGLITE=1, into in-memory PGlite. Prints rows/s per phase.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LOCAL_ACTOR } from '../dist/registry/access.js';
import { openDatabase, sql } from '../dist/registry/db.js';
import { importCohortCsv } from '../dist/registry/import.js';
import { Registry } from '../dist/registry/registry.js';
import { databaseAudit } from '../dist/trust/registry-audit.js';

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

async function run(label, store, cleanup) {
  const { text, rows } = cohortCsv();
  const registry = await Registry.open(store, { audit: databaseAudit });
  const phases = {};
  let last = performance.now();
  const t0 = last;
  await importCohortCsv(registry, LOCAL_ACTOR, text, (p) => {
    if (p.done === p.total && phases[p.phase] === undefined) {
      const now = performance.now();
      phases[p.phase] = now - last;
      last = now;
    }
  });
  const total = performance.now() - t0;
  const [visits] = await registry.db.rows(sql`SELECT count(*)::int AS n FROM follow_up_visits WHERE status = 'done'`);
  await registry.close();
  await cleanup?.();
  console.log(`| ${label} | ${rows} (${patients} patients, ${patients * PER_PATIENT} visit rows) | ${(phases.validate / 1000).toFixed(1)} s | ${(phases.write / 1000).toFixed(1)} s | ${(total / 1000).toFixed(1)} s | ${Math.round(rows / (total / 1000))} | ${visits.n} visits completed |`);
}

console.log(`cohort CSV import, Node ${process.version}`);
console.log('| store | rows | validate | write | total | rows/s | check |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
if (process.env.DATABASE_URL) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await run('PostgreSQL', { databaseUrl: process.env.DATABASE_URL, schema }, async () => {
    const admin = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
    await admin.rows(sql`DROP SCHEMA ${sql.identifier(schema)} CASCADE`);
    await admin.close();
  });
} else console.log('(set DATABASE_URL for the PostgreSQL figures)');
if (process.env.BENCH_PGLITE === '1') await run('PGlite (memory)', {});
