import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, sql } from '../../registry/db.js';
import { STORES } from '../../registry/test-support.js';
import { runCli } from '../test-support.js';

/**
 * The trust commands end to end, in-process: users, tokens, audit verify/export, backup and
 * restore — on PGlite in a data directory, and on PostgreSQL in a schema of this file's own.
 */
describe.each(STORES)('bonemet user, audit, backup, restore on $name', ({ url }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bonemet-trust-cli-'));
  const schemas: string[] = [];
  const previous = process.env.DATABASE_URL;
  let source: string[];
  const auditEnv = { key: process.env.BONEMET_AUDIT_KEY, checkpoints: process.env.BONEMET_AUDIT_CHECKPOINTS };
  beforeAll(async () => {
    // one audit key for both stores, as an operator restoring a backup brings the key along (docs/security.md)
    process.env.BONEMET_AUDIT_KEY = 'the audit key of the CLI tests ...................';
    process.env.BONEMET_AUDIT_CHECKPOINTS = join(dir, 'audit-checkpoints.jsonl');
    if (url) {
      const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
      for (let i = 0; i < 2; i++) {
        const schema = `test_cli_${randomBytes(5).toString('hex')}`;
        await admin.rows(sql`CREATE SCHEMA ${sql.identifier(schema)}`);
        schemas.push(schema);
      }
      await admin.close();
    }
  });
  afterAll(async () => {
    process.env.DATABASE_URL = previous;
    for (const [name, value] of [['BONEMET_AUDIT_KEY', auditEnv.key], ['BONEMET_AUDIT_CHECKPOINTS', auditEnv.checkpoints]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (url) {
      const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
      for (const schema of schemas) await admin.rows(sql`DROP SCHEMA IF EXISTS ${sql.identifier(schema)} CASCADE`);
      await admin.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
  const use = (which: 0 | 1): string[] => {
    if (!url) {
      delete process.env.DATABASE_URL; // the CLI would take it over --data-dir
      return ['--data-dir', join(dir, `store-${which}`)];
    }
    process.env.DATABASE_URL = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schemas[which]!}`)}`;
    return [];
  };

  it('adds, lists, disables users and issues tokens; errors exit 2 with field messages', async () => {
    source = use(0);
    const add = await runCli(['user', 'add', 'alice', '--role', 'admin', '--password-stdin', ...source], 'a long enough password\n');
    expect(add.code, add.stderr).toBe(0);
    const weak = await runCli(['user', 'add', 'bob', '--role', 'nurse', '--password-stdin', ...source], 'short\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/body\.role/);
    expect(weak.stderr).toMatch(/body\.password/);
    expect((await runCli(['user', 'add', 'carol', '--role', 'researcher', '--password-stdin', ...source], 'carol has a long password\n')).code).toBe(2);
    expect((await runCli(['user', 'add', 'carol', '--role', 'researcher', '--password-stdin', ...source], 'another long password\n')).code).toBe(0);
    const token = await runCli(['user', 'token', 'carol', '--days', '7', ...source]);
    expect(token.stdout.trim()).toMatch(/^bmt_[\w-]{40,}$/);
    expect((await runCli(['user', 'disable', 'carol', ...source])).code).toBe(0);
    expect((await runCli(['user', 'reset-password', 'alice', '--password-stdin', ...source], 'a brand new password\n')).code).toBe(0);
    expect((await runCli(['user', 'list', ...source])).stdout).toBe('alice\tadmin\tactive\ncarol\tresearcher\tdisabled\n');
    expect((await runCli(['user', 'disable', 'nobody', ...source])).code).toBe(2);
    expect((await runCli(['user', 'frobnicate', ...source])).code).toBe(2);
  }, 120_000);

  it('verifies and exports the audit log', async () => {
    source = use(0);
    const verify = await runCli(['audit', 'verify', ...source]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^OK: 0 audit rows in 0 seals .* \d+ newer rows not sealed yet; checked against no checkpoint/);
    const checkpoint = await runCli(['audit', 'checkpoint', ...source]);
    expect(checkpoint.stdout, checkpoint.stderr).toMatch(/^checkpoint of seal 1 \((\d+) rows/);
    const sealed = await runCli(['audit', 'verify', ...source]);
    expect(sealed.stdout).toMatch(new RegExp(`^OK: ${/\((\d+) rows/.exec(checkpoint.stdout)![1]} audit rows in 1 seals .*checked against checkpoint of .* \\(seal 1\\)`));
    const out = join(dir, 'audit.csv');
    expect((await runCli(['audit', 'export', '--out', out, ...source])).code).toBe(0);
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('id,at,actor,actor_role,action,entity,record_id,patient_id,outcome,detail,client_ip,request_id,prev_hash,hash,records');
    expect(csv.some((line) => line.includes(',user-disable,'))).toBe(true);
    expect(statSync(out).mode & 0o077).toBe(0);
    const again = await runCli(['audit', 'export', '--out', out, ...source]);
    expect(again.code).toBe(2); // never overwrites
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual(csv);
  }, 60_000);

  it('backs up and restores into an empty store with the same counts and checksums', async () => {
    source = use(0);
    const file = join(dir, 'backup.jsonl.gz');
    const backup = await runCli(['backup', '--out', file, ...source]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect((await runCli(['backup', '--out', file, ...source])).code).toBe(2); // never overwrites
    const target = use(1);
    const restore = await runCli(['restore', file, ...target]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^OK/);
    const sums = (text: string) => text.split('\n').filter((l) => l.includes('sha256')).sort();
    const restoredPart = restore.stderr.slice(restore.stderr.indexOf('restored into'));
    expect(sums(restoredPart)).toEqual(sums(backup.stderr));
    expect((await runCli(['audit', 'verify', ...target])).code).toBe(0);
    // under another key the restored seals do not hold
    process.env.BONEMET_AUDIT_KEY = 'another audit key, not the one that sealed .........';
    expect((await runCli(['audit', 'verify', ...target])).stdout).toMatch(/^BROKEN at seal \d+ /);
    process.env.BONEMET_AUDIT_KEY = 'the audit key of the CLI tests ...................';
    expect((await runCli(['restore', file, ...target])).code).toBe(2); // not empty any more
    // both are audited: the backup (in the backup itself, and in the source) and the restore
    const auditOf = async (store: string[]) => {
      const out = join(dir, `audit-${randomBytes(4).toString('hex')}.csv`);
      expect((await runCli(['audit', 'export', '--out', out, ...store])).code).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const restoredAudit = await auditOf(target);
    expect(restoredAudit).toMatch(new RegExp(`,local,,backup,store,,,allowed,to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; OS user `));
    expect(restoredAudit).toMatch(/,local,,restore,store,,,allowed,"?from .*identical; OS user /);
    expect(await auditOf(use(0))).toMatch(/,local,,backup,store,/);
  }, 120_000);
});
