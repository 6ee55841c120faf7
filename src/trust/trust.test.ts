import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from '../registry/db.js';
import { STORES, openTestRegistry, type TestRegistry } from '../registry/test-support.js';
import { changeUser, createUser, endSession, issueToken, resolveSession, signIn, type Origin } from './accounts.js';
import { appendAudit, auditCsv, GENESIS_HASH, makeCheckpoint, readCheckpoints, recordAudit, sealAllNow, startAuditSealer, verifyAudit, type Checkpoint } from './audit.js';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_AUDIT_KEY } from './test-support.js';
import { PseudonymIndex } from './pseudonyms.js';
import { LOCAL_ACTOR } from '../registry/access.js';
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
    // The board plan keeps its choices with shifted dates; the staff names of attendees and sign-off go.
    const decision = d.record('decisions', { id: 'b0000000-0000-4000-8000-000000000000', patientId: patient, decidedOn: '2026-11-25', plan: { dates: { pvp: '2026-11-25' }, schedules: { sbrt: 'sbrt-24x2' }, attendees: [{ name: 'Dr Wang', role: 'surgeon' }], signOff: { by: 'user:wang', role: 'clinician', at: '2026-11-25T10:00:00.000Z' } } });
    const plan = decision.plan as { dates: { pvp: string }; schedules: unknown };
    expect(plan).not.toHaveProperty('attendees');
    expect(plan).not.toHaveProperty('signOff');
    expect(plan.schedules).toEqual({ sbrt: 'sbrt-24x2' });
    expect(plan.dates.pvp).toBe(decision.decidedOn);
    expect(plan.dates.pvp).not.toBe('2026-11-25');
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
  let checkpoints: Checkpoint[] = [];
  beforeAll(async () => {
    t = await openTestRegistry(url, { audit: databaseAudit });
  }, 120_000);
  afterAll(async () => t.dispose(), 60_000);

  it('seals audit rows under the key; an edit with recomputed hashes, deleted rows and a removed tail are all found', async () => {
    const db = t.registry.db;
    const key = TEST_AUDIT_KEY;
    expect(await verifyAudit(db, key)).toEqual({ ok: true, rows: 0, seals: 0, pending: 0, head: GENESIS_HASH });
    for (let i = 0; i < 5; i++) await recordAudit(db, { actor: 'u', action: 'read', entity: 'patients', recordId: `r${i}`, outcome: 'allowed', clientIp: '::1' });
    await db.transaction((tx) => appendAudit(tx, { actor: 'u', action: 'update', entity: 'patients', outcome: 'allowed' }).then(() => { throw new Error('rolled back'); })).catch(() => undefined);
    expect(await verifyAudit(db, key)).toMatchObject({ ok: true, rows: 0, seals: 0, pending: 5 });
    const first = await makeCheckpoint(db, key);
    expect(first).toMatchObject({ seq: 1, rows: 5 });
    expect(await verifyAudit(db, key, [first!])).toMatchObject({ ok: true, rows: 5, seals: 1, pending: 0 });
    await expect(db.rows(sql`UPDATE audit_events SET actor = 'x' WHERE id = 2`)).rejects.toThrow();
    await expect(db.rows(sql`DELETE FROM audit_events WHERE id = 2`)).rejects.toThrow();
    await expect(db.rows(sql`DELETE FROM audit_seals`)).rejects.toThrow();
    const csv: string[] = [];
    for await (const line of auditCsv(db)) csv.push(line);
    expect(csv).toHaveLength(6);
    expect(csv[0]).toMatch(/^id,at,actor,/);
    const ids = (await db.rows<{ id: number }>(sql`SELECT id::int AS id FROM audit_events ORDER BY id`)).map((r) => r.id);
    for (let i = 0; i < 3; i++) await recordAudit(db, { actor: 'v', action: 'read', entity: 'patients', recordId: `s${i}`, outcome: 'allowed' });
    const second = await makeCheckpoint(db, key);
    expect(second).toMatchObject({ seq: 2, rows: 8 });
    checkpoints = [first!, second!];
    expect(await verifyAudit(db, key, checkpoints)).toMatchObject({ ok: true, rows: 8, seals: 2 });

    // whoever owns the tables switches the triggers off, edits a row and recomputes the seals: without the key they do not hold
    await db.rows(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await db.rows(sql`ALTER TABLE audit_seals DISABLE TRIGGER audit_seals_no_update`);
    const [seal1] = await db.rows<{ hash: string }>(sql`SELECT hash FROM audit_seals WHERE seq = 1`);
    await db.rows(sql`UPDATE audit_events SET record_id = 'forged' WHERE id = ${ids[2]!}`);
    await db.rows(sql`UPDATE audit_seals SET hash = ${createHash('sha256').update('forged').digest('hex')} WHERE seq = 1`);
    expect((await verifyAudit(db, key, checkpoints)).firstBreak).toMatchObject({ seal: 1, reason: 'hash' });
    // the same with a guessed key: still found
    const guessed = Buffer.from('a guessed key, not the audit key of this server ........');
    expect((await verifyAudit(db, guessed)).firstBreak).toMatchObject({ seal: 1, reason: 'hash' });
    await db.rows(sql`UPDATE audit_events SET record_id = 'r2' WHERE id = ${ids[2]!}`);
    await db.rows(sql`UPDATE audit_seals SET hash = ${seal1!.hash} WHERE seq = 1`);
    expect(await verifyAudit(db, key, checkpoints)).toMatchObject({ ok: true });

    // a deleted row inside a seal
    await db.rows(sql`DELETE FROM audit_events WHERE id = ${ids[3]!}`);
    expect((await verifyAudit(db, key, checkpoints)).firstBreak).toMatchObject({ seal: 1, reason: 'rows' });
    // the newest rows deleted with their seal: the chain alone still holds, the checkpoint does not
    await db.rows(sql`DELETE FROM audit_seals WHERE seq = 1`);
    await db.rows(sql`DELETE FROM audit_seals WHERE seq = 2`);
    await db.rows(sql`DELETE FROM audit_events WHERE id > ${ids[4]!}`);
    await sealAllNow(db, key);
    expect(await verifyAudit(db, key)).toMatchObject({ ok: true, rows: 4, seals: 1 });
    expect((await verifyAudit(db, key, checkpoints)).firstBreak).toMatchObject({ seal: 2, reason: 'checkpoint' });
    expect((await verifyAudit(db, key, [first!])).firstBreak).toMatchObject({ seal: 1, reason: 'checkpoint' });
    // a checkpoint made up to fit the rewritten chain needs the key too
    const forged = { ...second!, seq: 1, rows: 4, uptoId: ids[4]!, head: (await db.rows<{ hash: string }>(sql`SELECT hash FROM audit_seals`))[0]!.hash };
    expect((await verifyAudit(db, key, [forged])).firstBreak).toMatchObject({ seal: 0, reason: 'checkpoint-signature' });
    await db.rows(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    await db.rows(sql`ALTER TABLE audit_seals ENABLE TRIGGER audit_seals_no_update`);
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
    await sealAllNow(db, TEST_AUDIT_KEY);
    expect((await verifyAudit(db, TEST_AUDIT_KEY, checkpoints)).firstBreak?.reason).toBe('checkpoint'); // the tail removed above stays found
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

  it('the server\'s sealer seals within a few ticks and appends signed checkpoints to a 0600 file outside the database', async () => {
    const db = t.registry.db;
    const dir = mkdtempSync(join(tmpdir(), 'bonemet-checkpoints-'));
    const file = join(dir, 'audit-checkpoints.jsonl');
    const sealer = startAuditSealer(db, TEST_AUDIT_KEY, { intervalMs: 50, checkpointFile: file, checkpointEveryMs: 0 });
    try {
      for (let i = 0; i < 20; i++) await recordAudit(db, { actor: 'w', action: 'read', entity: 'patients', recordId: `t${i}`, outcome: 'allowed' });
      const until = Date.now() + 20_000;
      while ((await verifyAudit(db, TEST_AUDIT_KEY)).pending > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await sealer.stop();
    }
    expect(statSync(file).mode & 0o077).toBe(0);
    const written = readCheckpoints(file);
    expect(written.length).toBeGreaterThan(0);
    const [{ rows }] = await db.rows<{ rows: number }>(sql`SELECT count(*)::int AS rows FROM audit_events`) as [{ rows: number }];
    expect(written.at(-1)).toMatchObject({ rows });
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('finds the record behind a pseudonym by its stored, indexed pseudonym: no HMAC per row per request', async () => {
    const db = t.registry.db;
    const deid = new Deidentifier(Buffer.from('the pseudonym test secret .........................'));
    const index = new PseudonymIndex(db, deid);
    const made = [];
    for (let i = 0; i < 30; i++) made.push(await t.registry.create(LOCAL_ACTOR, 'patients', { code: `PS-${i}`, name: `Pseudo ${i}`, sex: 'female' }));
    await index.fill('patients');
    const pseudonym17 = deid.pseudonymId(made[17]!.id as string);
    const macs = vi.spyOn(deid, 'pseudonymMac');
    expect(await index.realId('patients', pseudonym17)).toBe(made[17]!.id);
    expect(macs).not.toHaveBeenCalled(); // one index lookup; the HMAC of each row was computed once, by the fill
    macs.mockRestore();
    // a record written after the fill is found (filled on the miss); an unknown pseudonym, a deleted record, another table's id are not
    const later = await t.registry.create(LOCAL_ACTOR, 'patients', { code: 'PS-later', name: 'Pseudo later', sex: 'male' });
    expect(await index.realId('patients', deid.pseudonymId(later.id as string))).toBe(later.id);
    expect(await index.realId('patients', deid.pseudonymId('00000000-0000-4000-8000-000000000000'))).toBeUndefined();
    expect(await index.realId('patients', 'not-a-uuid')).toBeUndefined();
    await t.registry.remove(LOCAL_ACTOR, 'patients', made[3]!.id as string);
    expect(await index.realId('patients', deid.pseudonymId(made[3]!.id as string))).toBeUndefined();
    expect(await index.realId('treatments', deid.pseudonymId(made[4]!.id as string))).toBeUndefined();
    // stored under this secret's fingerprint: the database holds HMACs, never the key
    const [stored] = await db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM pseudonyms WHERE pn_key = ${deid.keyId()}`);
    expect(stored!.n).toBeGreaterThanOrEqual(31);
    const other = new PseudonymIndex(db, new Deidentifier(Buffer.from('another secret, another set of pseudonyms ..........')));
    expect(await other.realId('patients', deid.pseudonymId(made[17]!.id as string))).toBeUndefined();
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
