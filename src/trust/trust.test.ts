import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../registry/db.js';
import { STORES, openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { changeUser, createUser, endSession, issueToken, resolveSession, signIn, type Origin } from './accounts.js';
import { appendAudit, auditCsv, GENESIS_HASH, recordAudit, verifyAudit } from './audit.js';
import { restoreBackup, tableSummaries, writeBackup } from './backup.js';
import { Deidentifier } from './deidentify.js';
import { hashPassword, passwordIssues, verifyPassword } from './password.js';
import { ROLE_POLICY } from './roles.js';
import { databaseAudit } from './registry-audit.js';

const admin: Origin = { actor: 'root', actorRole: 'admin', clientIp: '127.0.0.1', requestId: 't' };

describe('password hashing', () => {
  it('uses argon2id with the OWASP parameters and rejects short passwords', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('garbage', 'x')).toBe(false);
    expect(passwordIssues('short')).toHaveLength(1);
    expect(passwordIssues('alice-is-my-password', 'alice')[0]!.message).toMatch(/user name/);
  });
});

describe('role policy (Medplum-style: nothing for the unknown, read-only researchers)', () => {
  const as = (role: string) => ({ id: role, kind: 'user' as const, roles: [role] });
  it('forbids everything to an actor without a known role', () => {
    for (const action of ['read', 'list', 'create'] as const) expect(ROLE_POLICY.allows(as('guest'), action, 'patients')).toBe(false);
    expect(ROLE_POLICY.allows({ id: 'x', kind: 'user', roles: [] }, 'read', 'patients')).toBe(false);
    expect(ROLE_POLICY.patientScope(as('guest'))).toEqual([]);
  });
  it('lets researchers read, analyse and export but not write nor see the worklist', () => {
    const r = as('researcher');
    expect(['read', 'list', 'analyse', 'export'].every((a) => ROLE_POLICY.allows(r, a as 'read', 'lesions'))).toBe(true);
    expect(['create', 'update', 'delete', 'import'].some((a) => ROLE_POLICY.allows(r, a as 'read', 'lesions'))).toBe(false);
    expect(ROLE_POLICY.allows(r, 'list', 'follow-up')).toBe(false);
  });
  it('lets clinicians and admins do everything with patient data', () => {
    for (const role of ['clinician', 'admin']) expect(ROLE_POLICY.allows(as(role), 'delete', 'patients')).toBe(true);
  });
});

describe('de-identification', () => {
  const d = new Deidentifier(Buffer.from('x'.repeat(40)));
  const patient = '3f0e8a3c-6c43-4a8e-9d6d-2b1f8c9a7e11';
  it('shifts a patient\'s dates by one fixed non-zero offset, so intervals stay true', () => {
    const offset = d.offsetDays(patient);
    expect(offset).not.toBe(0);
    expect(Math.abs(offset)).toBeLessThanOrEqual(365);
    const a = d.text('2024-01-01', patient);
    const b = d.text('2024-03-01', patient);
    expect((Date.parse(b) - Date.parse(a)) / 86_400_000).toBe(60);
    expect(d.text('at 2024-01-01T10:00:00.000Z', patient)).toBe(`at ${new Date(Date.parse('2024-01-01T10:00:00Z') + offset * 86_400_000).toISOString()}`);
  });
  it('replaces names, codes, ids and free text', () => {
    const out = d.record('patients', { id: patient, code: 'H-1', name: 'Wang Li', birthYear: 1950, notes: 'lives at …', createdBy: 'dr.x', enrolledOn: '2020-02-02' });
    expect(out.id).not.toBe(patient);
    expect(out.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(out.code).toMatch(/^S-[A-Z0-9]{10}$/);
    expect(out.name).toBe(out.code);
    expect(out).not.toHaveProperty('notes');
    expect(out).not.toHaveProperty('createdBy');
    expect(d.record('patients', { id: patient, createdAt: '2026-01-01T10:00:00.000Z' })).not.toHaveProperty('createdAt');
    expect(out.enrolledOn).not.toBe('2020-02-02');
    const t = d.record('treatments', { id: 'a0000000-0000-4000-8000-000000000000', patientId: patient, kind: 'systemic', details: { agent: 'trial drug of Mr X', class: 'targeted' } });
    expect(t.patientId).toBe(out.id);
    expect(t.details).toEqual({ class: 'targeted' });
  });
  it('de-identifies a CSV export by its patient_code column, dropping unknown codes', () => {
    const csv = d.csv('patient_code,assessed_on,assessment_id\nH-1,2024-01-01,a0000000-0000-4000-8000-000000000000\nH-9,2024-01-01,\n', (code) => (code === 'H-1' ? patient : undefined));
    const [header, row, extra] = csv.trim().split('\n');
    expect(header).toBe('patient_code,assessed_on,assessment_id');
    expect(row).not.toMatch(/H-1|2024-01-01|a0000000/);
    expect(extra).toBeUndefined();
  });
});

describe.each(STORES)('trust store on $name', ({ url }) => {
  let t: TestRegistry;
  beforeAll(async () => {
    t = await openTestRegistry(url, { audit: databaseAudit });
  }, 120_000);
  afterAll(async () => t.dispose(), 60_000);

  it('chains audit rows and reports the first broken link', async () => {
    const db = t.registry.db;
    expect(await verifyAudit(db)).toEqual({ ok: true, rows: 0, head: GENESIS_HASH });
    for (let i = 0; i < 5; i++) await recordAudit(db, { actor: 'u', action: 'read', entity: 'patients', recordId: `r${i}`, outcome: 'allowed', clientIp: '::1' });
    await db.transaction((tx) => appendAudit(tx, { actor: 'u', action: 'update', entity: 'patients', outcome: 'allowed' }).then(() => { throw new Error('rolled back'); })).catch(() => undefined);
    const report = await verifyAudit(db);
    expect(report).toMatchObject({ ok: true, rows: 5 });
    await expect(db.rows(sql`UPDATE audit_events SET actor = 'x' WHERE id = 2`)).rejects.toThrow();
    await expect(db.rows(sql`DELETE FROM audit_events WHERE id = 2`)).rejects.toThrow();
    const csv: string[] = [];
    for await (const line of auditCsv(db)) csv.push(line);
    expect(csv).toHaveLength(6);
    expect(csv[0]).toMatch(/^id,at,actor,/);
    // the owner of the database can switch the trigger off; the chain still shows the change
    await db.rows(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await db.rows(sql`UPDATE audit_events SET record_id = 'forged' WHERE id = 3`);
    expect((await verifyAudit(db)).firstBreak).toMatchObject({ id: 3, reason: 'hash' });
    await db.rows(sql`UPDATE audit_events SET record_id = 'r2' WHERE id = 3`);
    await db.rows(sql`DELETE FROM audit_events WHERE id = 4`);
    expect((await verifyAudit(db)).firstBreak).toMatchObject({ id: 5, reason: 'gap' });
    await db.rows(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
  }, 60_000);

  it('signs in with a new session each time, throttles failures, and ends sessions on disable', async () => {
    const db = t.registry.db;
    const user = await createUser(db, { username: 'dr.chen', role: 'clinician', password: 'a long pass phrase' }, admin);
    await expect(createUser(db, { username: 'DR.CHEN', role: 'clinician', password: 'a long pass phrase' }, admin)).rejects.toMatchObject({ problem: { status: 409 } });
    const twice = await Promise.allSettled([0, 1].map(() => createUser(db, { username: 'twin', role: 'researcher', password: 'a long pass phrase' }, admin)));
    expect(twice.map((r) => (r.status === 'fulfilled' ? 201 : (r.reason as { problem: { status: number } }).problem.status)).sort()).toEqual([201, 409]);
    const ok = await signIn(db, { username: 'dr.chen', password: 'a long pass phrase', clientIp: '10.0.0.1' });
    const again = await signIn(db, { username: 'Dr.Chen', password: 'a long pass phrase', clientIp: '10.0.0.1' });
    if (!ok.ok || !again.ok) throw new Error('sign-in failed');
    expect(ok.session.secret).not.toBe(again.session.secret);
    expect((await resolveSession(db, ok.session.secret, 'cookie'))?.user.username).toBe('dr.chen');
    expect(await resolveSession(db, ok.session.secret, 'token')).toBeUndefined();
    expect(await endSession(db, ok.session.id, { actor: 'dr.chen' })).toBe(true);
    expect(await resolveSession(db, ok.session.secret, 'cookie')).toBeUndefined();

    // idle and absolute timeouts
    const idle = await signIn(db, { username: 'dr.chen', password: 'a long pass phrase', clientIp: '10.0.0.1' });
    const old = await signIn(db, { username: 'dr.chen', password: 'a long pass phrase', clientIp: '10.0.0.1' });
    if (!idle.ok || !old.ok) throw new Error('sign-in failed');
    await db.rows(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = ${idle.session.id}`);
    await db.rows(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = ${old.session.id}`);
    expect(await resolveSession(db, idle.session.secret, 'cookie')).toBeUndefined();
    expect(await resolveSession(db, old.session.secret, 'cookie')).toBeUndefined();
    expect(await resolveSession(db, again.session.secret, 'cookie')).toBeDefined();
    for (let i = 0; i < 5; i++) expect(await signIn(db, { username: 'dr.chen', password: 'wrong wrong wrong', clientIp: '10.0.0.2' })).toEqual({ ok: false, reason: 'bad-credentials' });
    const limited = await signIn(db, { username: 'dr.chen', password: 'a long pass phrase', clientIp: '10.0.0.3' });
    expect(limited).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect((limited as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(800);
    expect(await signIn(db, { username: 'nobody', password: 'whatever it is', clientIp: '10.0.0.4' })).toEqual({ ok: false, reason: 'bad-credentials' });
    await db.rows(sql`DELETE FROM sign_in_failures`);

    const token = await issueToken(db, user, { name: 'script' }, { actor: 'dr.chen' });
    expect(token.secret).toMatch(/^bmt_/);
    expect((await resolveSession(db, token.secret, 'token'))?.user.id).toBe(user.id);
    await changeUser(db, user.id, { disabled: true }, admin);
    expect(await resolveSession(db, token.secret, 'token')).toBeUndefined();
    expect(await resolveSession(db, again.session.secret, 'cookie')).toBeUndefined();
    expect(await signIn(db, { username: 'dr.chen', password: 'a long pass phrase', clientIp: '10.0.0.1' })).toEqual({ ok: false, reason: 'bad-credentials' });
    const actions = (await db.rows<{ action: string; outcome: string }>(sql`SELECT action, outcome FROM audit_events WHERE action <> 'read' ORDER BY id`)).map((r) => `${r.action}:${r.outcome}`);
    expect(actions).toContain('sign-in:denied');
    expect(actions).toContain('user-disable:allowed');
    expect((await verifyAudit(db)).firstBreak?.reason).toBe('gap'); // the break made on purpose above stays
  }, 60_000);

  it('checks account input with the same schemas as the API (the CLI calls these directly)', async () => {
    const db = t.registry.db;
    const problemOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: { problem?: unknown }) => error.problem);
    expect(await problemOf(createUser(db, { username: '-x', role: undefined, password: '𝕏'.repeat(11) }, admin))).toEqual({
      type: 'https://bonemet.dev/problems/validation', title: 'Invalid input', status: 400, detail: 'invalid user: 3 invalid fields',
      errors: [
        { path: 'body.username', message: '"-x" is not accepted: 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit' },
        { path: 'body.role', message: 'required; accepted: "clinician", "researcher", "admin"' },
        { path: 'body.password', message: 'too short: 11 characters; minimum 12' }, // characters, not UTF-16 units
      ],
    });
    // the name rule is reported with the others
    expect(await problemOf(createUser(db, { username: 'nina', role: 'nurse', password: 'NINA-2026-password' }, admin))).toMatchObject({
      errors: [{ path: 'body.role' }, { path: 'body.password', message: 'must not contain the user name' }],
    });
    const nina = await createUser(db, { username: 'Nina', role: 'researcher', password: '𝕏'.repeat(12) }, admin);
    expect(await problemOf(changeUser(db, nina.id, { password: 'hello nina, hello' }, admin))).toMatchObject({ status: 400, errors: [{ path: 'body.password', message: 'must not contain the user name' }] });
    expect(await problemOf(changeUser(db, nina.id, {}, admin))).toMatchObject({ status: 400, errors: [{ path: 'body' }] });
    expect(await problemOf(changeUser(db, '6f1c2a8e-0b0d-4c52-9a43-2f5cb2d8e7a1', { role: 'admin' }, admin))).toMatchObject({ status: 404 });
    expect(await problemOf(issueToken(db, nina, { days: 400 }, admin))).toMatchObject({ status: 400, errors: [{ path: 'body.days', message: '400 is too big; maximum 365' }] });
    expect(await problemOf(issueToken(db, nina, {}, admin, { idleMinutes: 30, absoluteMinutes: 720, tokenDays: 0 }))).toMatchObject({ status: 400, errors: [{ path: 'body.days' }] });
    expect((await changeUser(db, nina.id, { role: 'clinician', password: 'a new pass phrase' }, admin)).role).toBe('clinician');
  }, 60_000);

  it('backs up and restores to an identical store (counts and checksums), on either store', async () => {
    const db = t.registry.db;
    await t.registry.create({ id: 'local', kind: 'local', roles: ['clinician'] }, 'patients', { code: 'B-1', name: 'Backup Test', sex: 'female', birthYear: 1961 });
    const lines: string[] = [];
    const { tables } = await writeBackup(db, (line) => void lines.push(line));
    expect(tables.find((x) => x.table === 'patients')!.rows).toBeGreaterThan(0);
    expect(await tableSummaries(db)).toEqual(tables);
    for (const target of STORES) {
      const fresh = await openTestRegistry(target.url, { audit: databaseAudit });
      try {
        const report = await restoreBackup(fresh.registry.db, (async function* () { yield* lines; })());
        expect(report.identical).toBe(true);
        expect(report.restored).toEqual(tables);
        await expect(restoreBackup(fresh.registry.db, (async function* () { yield* lines; })())).rejects.toMatchObject({ problem: { status: 400 } });
      } finally {
        await fresh.dispose();
      }
    }
    await expect(restoreBackup(db, (async function* () { yield* lines.slice(0, -1); })())).rejects.toThrow();
  }, 240_000);
});
