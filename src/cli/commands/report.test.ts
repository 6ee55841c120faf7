import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { Registry } from '../../registry/registry.js';
import { storeOptions } from '../store.js';
import { runCli } from '../test-support.js';
import { databaseAudit } from '../../trust/registry-audit.js';

const pdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('bonemet report (PGlite in a data directory)', { timeout: 120_000 }, () => {
  let dir: string;
  let decisionId: string;
  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', '');
    dir = await mkdtemp(join(tmpdir(), 'bonemet-report-'));
    const registry = await Registry.open(storeOptions(join(dir, 'db')), { audit: databaseAudit });
    try {
      const patient = await registry.create(LOCAL_ACTOR, 'patients', { code: 'RPT-1', name: 'Hidden Person', sex: 'female', birthYear: 1960 });
      const decision = await registry.create(LOCAL_ACTOR, 'decisions', {
        patientId: patient.id, decidedOn: '2026-11-25', chosenOptions: ['ebrt'],
        facts: { patient: { age: 66, sex: 'female' }, primary: { histology: 'breast' }, lesions: [{ level: 'T8', escc: '0', sins: 4 }] },
        plan: { schedules: { ebrt: 'ebrt-8x1' } },
      });
      decisionId = decision.id;
    } finally {
      await registry.close();
    }
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the PDF named by record code, owner-only, never over an existing file', async () => {
    const out = join(dir, 'r.pdf');
    const run = await runCli(['report', decisionId, '--lang', 'ja', '--out', out, '--data-dir', join(dir, 'db')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*r\.pdf \(\d+ bytes\)/);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    if (pdftotext) {
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      expect(text).toContain('RPT-1');
      expect(text).toContain('8 Gy/1 回');
      expect(text).not.toContain('Hidden Person');
    }
    const again = await runCli(['report', decisionId, '--out', out, '--data-dir', join(dir, 'db')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('never overwritten');
  });

  it('refuses a bad id or language with exit 2 naming it', async () => {
    const bad = await runCli(['report', 'nope', '--data-dir', join(dir, 'db')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('DECISION_ID: "nope" is not a decision id');
    const lang = await runCli(['report', decisionId, '--lang', 'fr', '--data-dir', join(dir, 'db')]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('accepted: en, zh, ja');
  });
});
