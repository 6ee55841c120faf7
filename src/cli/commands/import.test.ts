import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../test-support.js';

const CSV = [
  'entity,patient,key,visit_month,name,sex,kind,started_on,details,instrument,assessed_on,inputs',
  'patients,CLI-1,,,Synthetic CLI,female,,,,,,',
  'treatments,CLI-1,t1,,,,pvp,2024-01-10,"{""levels"":[{""level"":""L2"",""cementMl"":4}]}",,,',
  'assessments,CLI-1,,,,,,,,vas,2024-01-08,"{""score"":7}"',
  'assessments,CLI-1,,1,,,,,,vas,2024-02-10,"{""score"":2}"',
].join('\n');

describe('bonemet import and export (PGlite in a data directory)', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', ''); // always the embedded store here; the PostgreSQL variants run through the API tests
    dir = await mkdtemp(join(tmpdir(), 'bonemet-cli-'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists every bad row on stderr, prints nothing on stdout, exits 2 and stores nothing', async () => {
    const bad = CSV.replace('"{""score"":2}"', '"{""score"":11}"').replace('2024-01-10', '2024-01-32');
    await writeFile(join(dir, 'bad.csv'), bad);
    const run = await runCli(['import', join(dir, 'bad.csv'), '--data-dir', join(dir, 'db')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('row 3.startedOn');
    expect(run.stderr).toContain('row 5.inputs.score: 11 is too big; maximum 10');
    const empty = await runCli(['export', '--out', join(dir, 'out0'), '--data-dir', join(dir, 'db')]);
    expect(empty.stdout).toContain('(0 patients)');
  });

  it('imports a file, then exports it tidy with a dictionary', async () => {
    await writeFile(join(dir, 'good.csv'), CSV);
    const run = await runCli(['import', join(dir, 'good.csv'), '--data-dir', join(dir, 'db'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 4, patients: 1 });
    const out = join(dir, 'out');
    const exported = await runCli(['export', '--out', out, '--data-dir', join(dir, 'db')]);
    expect(exported.code, exported.stderr).toBe(0);
    const observations = (await readFile(join(out, 'observations.csv'), 'utf8')).trim().split('\n');
    expect(observations.slice(1).map((line) => line.split(',').slice(0, 5).join(','))).toEqual(['CLI-1,,,baseline,0', 'CLI-1,,,month-1,1']);
    const cohort = (await readFile(join(out, 'cohort.csv'), 'utf8')).trim().split('\n');
    expect(cohort).toHaveLength(2);
    expect(await readFile(join(out, 'data-dictionary.csv'), 'utf8')).toContain('observations.csv,patient_code');
    for (const file of ['observations.csv', 'cohort.csv', 'data-dictionary.csv']) expect((await stat(join(out, file))).mode & 0o077, file).toBe(0);
    expect((await stat(out)).mode & 0o077).toBe(0);
    await writeFile(join(out, 'cohort.csv'), 'kept');
    const again = await runCli(['export', '--out', out, '--data-dir', join(dir, 'db')]);
    expect(again.code).toBe(2); // never overwrites, and writes none of the three
    expect(again.stderr).toContain('exist');
    expect(await readFile(join(out, 'cohort.csv'), 'utf8')).toBe('kept');
  });

  it('refuses a NUL character in a cell with exit 2, naming the row and column', async () => {
    await writeFile(join(dir, 'nul.csv'), 'entity,patient,name,sex\npatients,NUL-1,Nul\u0000Name,male\n');
    const run = await runCli(['import', join(dir, 'nul.csv'), '--data-dir', join(dir, 'db-nul')]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('row 2.name');
    expect(run.stderr).toContain('NUL');
  });

  it('asks for a file and for --out', async () => {
    expect((await runCli(['import'])).code).toBe(2);
    expect((await runCli(['export'])).stderr).toContain('--out DIR is required');
  });
});
