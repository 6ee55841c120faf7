import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, sql, type Database } from '../registry/db.js';
import { LOCAL_ACTOR } from '../registry/access.js';
import { Registry } from '../registry/registry.js';
import { openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { makeCheckpoint, recordAudit, verifyAudit } from './audit.js';
import { grantRuntimeRole } from './db-roles.js';
import { TEST_AUDIT_KEY } from './test-support.js';
import { databaseAudit } from './registry-audit.js';

const url = process.env.DATABASE_URL;

/** The same database, signed in as `role` (the test server trusts local connections). */
function as(role: string): string {
  const u = new URL(url!);
  u.username = role;
  u.password = '';
  return u.toString();
}

describe.skipIf(!url)('the server’s PostgreSQL runtime role', () => {
  let t: TestRegistry;
  let schema: string;
  let runtime: Database;
  // .ci/run names one (BONEMET_TEST_RUNTIME_ROLE); else a role of this run, dropped after it
  const given = process.env.BONEMET_TEST_RUNTIME_ROLE;
  const role = given || `bonemet_rt_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    t = await openTestRegistry(url, { audit: databaseAudit });
    [{ schema }] = await t.registry.db.rows<{ schema: string }>(sql`SELECT current_schema() AS schema`) as [{ schema: string }];
    await grantRuntimeRole(t.registry.db, role);
    runtime = await openDatabase({ databaseUrl: as(role), schema, poolSize: 2 });
  }, 120_000);
  afterAll(async () => {
    await runtime?.close();
    await t.dispose();
    if (given) return;
    const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await admin.rows(sql`DROP OWNED BY ${sql.identifier(role)}`);
    await admin.rows(sql`DROP ROLE ${sql.identifier(role)}`);
    await admin.close();
  }, 60_000);

  it('runs the registry, appends and seals audit rows, and cannot alter, update, delete, truncate or switch off a trigger of them', async () => {
    // the server's own work: migrations already applied, a patient written and read, audit rows sealed
    const registry = await Registry.open({ databaseUrl: as(role), schema, poolSize: 2 }, { audit: databaseAudit });
    try {
      const patient = await registry.create(LOCAL_ACTOR, 'patients', { code: 'RT-1', name: 'Synthetic RT', sex: 'female' });
      expect(await registry.get(LOCAL_ACTOR, 'patients', patient.id as string)).toMatchObject({ code: 'RT-1' });
    } finally {
      await registry.close();
    }
    await recordAudit(runtime, { actor: 'u', action: 'read', entity: 'patients', outcome: 'allowed' });
    const checkpoint = await makeCheckpoint(runtime, TEST_AUDIT_KEY);
    expect(checkpoint?.rows).toBeGreaterThanOrEqual(3);
    expect(await verifyAudit(runtime, TEST_AUDIT_KEY, [checkpoint!])).toMatchObject({ ok: true, pending: 0 });

    // refused for want of privilege, not by the append-only trigger (which raises 42501 too, with its own message)
    const refused = (statement: string) =>
      runtime.rows(sql.raw(statement)).then(
        () => 'done',
        (e: { cause?: { code?: string; message?: string } }) => (/permission denied|must be owner/.test(e.cause?.message ?? '') ? e.cause?.code : e.cause?.message),
      );
    for (const table of ['audit_events', 'audit_seals', 'access_denials']) {
      expect(await refused(`UPDATE ${table} SET ${table === 'audit_seals' ? 'hash' : 'detail'} = 'x'`), `UPDATE ${table}`).toBe('42501');
      expect(await refused(`DELETE FROM ${table}`), `DELETE ${table}`).toBe('42501');
      expect(await refused(`TRUNCATE ${table}`), `TRUNCATE ${table}`).toBe('42501');
      expect(await refused(`ALTER TABLE ${table} DISABLE TRIGGER ALL`), `DISABLE TRIGGER ${table}`).toBe('42501');
      expect(await refused(`ALTER TABLE ${table} ADD COLUMN forged text`), `ALTER ${table}`).toBe('42501');
      expect(await refused(`DROP TABLE ${table}`), `DROP ${table}`).toBe('42501');
    }
    expect(await refused(`DROP TRIGGER audit_events_no_update ON audit_events`)).toBe('42501');
    expect(await refused(`CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql`)).toBe('42501');
    expect(await refused(`INSERT INTO schema_migrations (id) VALUES ('9999_forged')`)).toBe('42501');
    const [rows] = await runtime.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`);
    expect(rows!.n).toBe(checkpoint!.rows);
  }, 120_000);
});
