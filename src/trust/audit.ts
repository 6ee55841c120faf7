import { createHmac } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { csvLine } from '../boundary/csv.js';
import { ProblemError } from '../boundary/problem.js';
import { sql, type Database, type Executor } from '../registry/db.js';

/**
 * The audit log: one row per read or write of patient data, sign-in, failed sign-in, sign-out and
 * denied request (docs/security.md, "Audit trail"). Rows are appended with one INSERT and no lock;
 * a sealer chains them every second into `audit_seals` under a key kept outside the database
 * (HMAC-SHA-256), and signed checkpoints of the chain's head are written outside the database, so
 * an edited, inserted or deleted row, a seal recomputed without the key, or a removed tail is
 * found by `verifyAudit`. Append-only triggers, and on PostgreSQL a runtime role that may only
 * INSERT and SELECT these tables (src/trust/db-roles.ts), keep the server itself from changing
 * them. No clinical value is ever written here: who, what, when, from where and which record.
 */

export const AUDIT_OUTCOMES = ['allowed', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  /** The user name (or `local`, `anonymous`). */
  actor: string;
  actorRole?: string | null;
  /** read, list, create, update, delete, import, export, analyse, sign-in, sign-out, … */
  action: string;
  /** A registry entity, `cohort`, `session`, `token`, `user`, or the route of a denied request. */
  entity: string;
  recordId?: string | null;
  patientId?: string | null;
  outcome: AuditOutcome;
  /** A short non-clinical reason (`bad-credentials`, `rate-limited`, `no-session`, `role`, …). */
  detail?: string | null;
  clientIp?: string | null;
  requestId?: string | null;
  /** The records the access saw (a list's record ids, an export's patient ids); ids only, no content. */
  records?: readonly string[] | null;
}

export interface AuditRow extends Required<{ [K in Exclude<keyof AuditEntry, 'records'>]: Exclude<AuditEntry[K], undefined> | null }> {
  /** JSON array of the record ids the access saw, or null. */
  records: string | null;
  id: number;
  /** UTC, ISO 8601 with milliseconds. */
  at: string;
  prevHash: string | null;
  hash: string | null;
}

/** prev_hash of the first seal. */
export const GENESIS_HASH = '0'.repeat(64);
/** pg_advisory_xact_lock key letting one sealer at a time extend the seals (distinct from the migration lock). */
const SEAL_LOCK = 4120152;
const MAX_TEXT = 200;

/** Attacker-supplied text (a user name typed at sign-in, an id from a URL) stays short and printable. */
function clip(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** The canonical text of a row: its fields in a fixed order, JSON-encoded. */
export function canonicalRow(row: Omit<AuditRow, 'prevHash' | 'hash'>): string {
  return JSON.stringify([
    row.id, row.at, row.actor, row.actorRole, row.action, row.entity, row.recordId, row.patientId,
    row.outcome, row.detail, row.clientIp, row.requestId,
    ...(row.records !== null && row.records !== undefined ? [row.records] : []),
  ]);
}

const utc = sql.raw(`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const COLUMNS = sql`id::float8 AS id, ${utc} AS at, actor, actor_role AS "actorRole", action, entity, record_id AS "recordId",
  patient_id AS "patientId", outcome, detail, client_ip AS "clientIp", request_id AS "requestId", records, prev_hash AS "prevHash", hash`;

function auditValues(entry: AuditEntry, now: Date): Omit<AuditRow, 'id' | 'prevHash' | 'hash'> {
  return {
    at: now.toISOString(),
    actor: clip(entry.actor) ?? 'anonymous',
    actorRole: clip(entry.actorRole),
    action: clip(entry.action) ?? '',
    entity: clip(entry.entity) ?? '',
    recordId: clip(entry.recordId),
    patientId: clip(entry.patientId),
    outcome: entry.outcome,
    detail: clip(entry.detail),
    clientIp: clip(entry.clientIp),
    requestId: clip(entry.requestId),
    records: entry.records ? JSON.stringify(entry.records.map((id) => clip(id))) : null,
  };
}

/**
 * Inserts rows in the caller's transaction with one INSERT and no lock: they are chained later by
 * the sealer. The transaction takes its transaction id before the rows take their ids (the
 * statement before), which is what lets the sealer know when no id below a bound can still appear
 * (see `probeAudit`).
 */
async function insertAuditRows(tx: Executor, rows: readonly Omit<AuditRow, 'id' | 'prevHash' | 'hash'>[]): Promise<AuditRow[]> {
  await tx.rows(sql`SELECT pg_current_xact_id()`);
  const values = rows.map((row) => sql`(nextval('audit_events_id_seq'), ${row.at}::timestamptz, ${row.actor}, ${row.actorRole}, ${row.action}, ${row.entity}, ${row.recordId}, ${row.patientId},
    ${row.outcome}, ${row.detail}, ${row.clientIp}, ${row.requestId}, ${row.records})`);
  const inserted = await tx.rows<{ id: number }>(sql`INSERT INTO audit_events (id, at, actor, actor_role, action, entity, record_id, patient_id, outcome, detail, client_ip, request_id, records)
    VALUES ${sql.join(values, sql`, `)} RETURNING id::float8 AS id`);
  return rows.map((row, i) => ({ id: inserted[i]!.id, ...row, prevHash: null, hash: null }));
}

/** Appends one entry in the caller's transaction: the write it records and its audit row commit or roll back together. */
export async function appendAudit(tx: Executor, entry: AuditEntry, now = new Date()): Promise<AuditRow> {
  return (await insertAuditRows(tx, [auditValues(entry, now)]))[0]!;
}

/**
 * Entries recorded in a transaction of their own (reads, denials) go in groups: while one group
 * commits, the next gathers, and is written with one INSERT and one commit (one WAL flush) — a
 * group commit. Each caller's promise settles when its row is committed, so an answer is still
 * sent only after its audit row is durable.
 */
class AuditBatcher {
  private queue: { row: Omit<AuditRow, 'id' | 'prevHash' | 'hash'>; resolve: (row: AuditRow) => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(private readonly db: Database) {}

  record(entry: AuditEntry): Promise<AuditRow> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row: auditValues(entry, new Date()), resolve, reject });
      if (!this.writing) void this.write();
    });
  }

  private async write(): Promise<void> {
    this.writing = true;
    while (this.queue.length) {
      const group = this.queue.splice(0, MAX_AUDIT_GROUP);
      try {
        const rows = await this.db.transaction((tx) => insertAuditRows(tx, group.map((g) => g.row)));
        group.forEach((g, i) => g.resolve(rows[i]!));
      } catch (error) {
        for (const g of group) g.reject(error);
      }
    }
    this.writing = false;
  }
}

const MAX_AUDIT_GROUP = 500;
const batchers = new WeakMap<Database, AuditBatcher>();

/** Appends one entry in a transaction of its own (sign-ins, denials, reads), grouped with concurrent ones. */
export function recordAudit(db: Database, entry: AuditEntry): Promise<AuditRow> {
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new AuditBatcher(db)));
  return batcher.record(entry);
}

/** A denied request of no one (no live session): who cannot be named. */
export interface AnonymousDenial {
  method: string;
  route: string;
  recordId?: string | null;
  detail: string;
  clientIp?: string | null;
  requestId?: string | null;
}

/** Distinct denial groups held in memory per minute; beyond it a client's denials count under one group. */
const MAX_DENIAL_GROUPS = 10_000;
const DENIAL_FLUSH_MS = 2000;

interface DenialGroup {
  minute: string;
  denial: AnonymousDenial;
  count: number;
}

/**
 * Denials of no one, counted per minute, client, method, route and reason: the first of a group
 * in a minute is written at once (with its request id), the ones after it only counted and written
 * as one row with their number every two seconds. A flood of 401s costs a map update each, not a
 * database write each.
 */
class DenialCounter {
  private readonly groups = new Map<string, DenialGroup>();
  private readonly seen = new Set<string>();
  private minute = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: Executor) {}

  async record(denial: AnonymousDenial, now = new Date()): Promise<void> {
    const minute = now.toISOString().slice(0, 16);
    if (minute !== this.minute) {
      this.seen.clear();
      this.minute = minute;
    }
    const tooMany = this.seen.size >= MAX_DENIAL_GROUPS;
    const d: AnonymousDenial = tooMany ? { method: '*', route: '*', detail: 'many routes and reasons', clientIp: denial.clientIp ?? null, requestId: denial.requestId ?? null } : denial;
    const key = JSON.stringify([minute, clip(d.clientIp), clip(d.method), clip(d.route), clip(d.detail)]);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      await insertDenial(this.db, d, 1);
      return;
    }
    const group = this.groups.get(key);
    if (group) group.count++;
    else this.groups.set(key, { minute, denial: d, count: 1 });
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(() => undefined);
    }, DENIAL_FLUSH_MS).unref();
  }

  async flush(): Promise<void> {
    const groups = [...this.groups.values()];
    this.groups.clear();
    for (const g of groups) await insertDenial(this.db, g.denial, g.count);
  }
}

async function insertDenial(db: Executor, denial: AnonymousDenial, count: number): Promise<void> {
  await db.rows(sql`INSERT INTO access_denials (method, route, record_id, detail, client_ip, request_id, count)
    VALUES (${clip(denial.method) ?? ''}, ${clip(denial.route) ?? ''}, ${clip(denial.recordId)}, ${clip(denial.detail)}, ${clip(denial.clientIp)}, ${clip(denial.requestId)}, ${count})`);
}

const denialCounters = new WeakMap<Executor, DenialCounter>();

/**
 * Records a denied request that no signed-in user made (no or an ended session, a forged cookie or
 * token, CSRF without a session, a rate-limited sign-in) in `access_denials`, append-only,
 * aggregated per client and minute (DenialCounter). Denials of signed-in users are audit rows.
 */
export async function recordAnonymousDenial(db: Executor, denial: AnonymousDenial): Promise<void> {
  let counter = denialCounters.get(db);
  if (!counter) denialCounters.set(db, (counter = new DenialCounter(db)));
  await counter.record(denial);
}

/** Writes the denials counted but not yet written (before closing the store, and in tests). */
export async function flushDenials(db: Executor): Promise<void> {
  await denialCounters.get(db)?.flush();
}

/** Rows with after < id ≤ upto (all when absent) in id order, a page at a time. */
export async function* auditRows(db: Executor, range: { after?: number; upto?: number } = {}, batch = 2000): AsyncGenerator<AuditRow> {
  let after = range.after ?? 0;
  const upto = range.upto ?? Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = await db.rows<AuditRow & Record<string, unknown>>(sql`SELECT ${COLUMNS} FROM audit_events WHERE id > ${after} AND id <= ${upto} ORDER BY id LIMIT ${batch}`);
    for (const row of rows) yield row;
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.id;
  }
}

// -- seals ----------------------------------------------------------------------------------------

export interface Seal {
  seq: number;
  /** The seal covers the rows with afterId < id ≤ uptoId. */
  afterId: number;
  uptoId: number;
  rows: number;
  prevHash: string;
  hash: string;
  sealedAt: string;
}

const SEAL_COLUMNS = sql`seq::float8 AS seq, after_id::float8 AS "afterId", upto_id::float8 AS "uptoId", rows, prev_hash AS "prevHash", hash,
  to_char(sealed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "sealedAt"`;

/** HMAC-SHA-256 under the audit key of the previous seal's hash, the seal's place and range, and its rows. */
async function sealHash(db: Executor, key: Buffer, seal: Omit<Seal, 'hash' | 'sealedAt' | 'rows'>): Promise<{ hash: string; rows: number }> {
  const mac = createHmac('sha256', key).update(`bonemet-audit-seal\n${seal.seq}\n${seal.afterId}\n${seal.uptoId}\n${seal.prevHash}\n`);
  let rows = 0;
  for await (const row of auditRows(db, { after: seal.afterId, upto: seal.uptoId })) {
    const { prevHash: _p, hash: _h, ...fields } = row;
    mac.update(`${canonicalRow(fields)}\n`);
    rows++;
  }
  mac.update(`${rows}`);
  return { hash: mac.digest('hex'), rows };
}

async function lastSeal(db: Executor): Promise<Seal | undefined> {
  const [seal] = await db.rows<Seal & Record<string, unknown>>(sql`SELECT ${SEAL_COLUMNS} FROM audit_seals ORDER BY seq DESC LIMIT 1`);
  return seal;
}

/**
 * A bound on the audit ids: `upto` is the last id handed out, `xid` a transaction id taken after
 * it. Every transaction that took an id ≤ upto took its transaction id before (appendAudit), so
 * below `xid`; once no transaction below `xid` is running, no row with id ≤ upto can still appear.
 */
export interface AuditProbe {
  upto: number;
  xid: string;
}

export async function probeAudit(db: Executor): Promise<AuditProbe> {
  const [seq] = await db.rows<{ upto: number }>(sql`SELECT (CASE WHEN is_called THEN last_value ELSE last_value - 1 END)::float8 AS upto FROM audit_events_id_seq`);
  const [xid] = await db.rows<{ xid: string }>(sql`SELECT pg_current_xact_id()::text AS xid`);
  return { upto: seq!.upto, xid: xid!.xid };
}

/** Whether every transaction that could hold an id ≤ probe.upto has ended. */
export async function probeSettled(db: Executor, probe: AuditProbe): Promise<boolean> {
  const [row] = await db.rows<{ settled: boolean }>(sql`SELECT pg_snapshot_xmin(pg_current_snapshot()) > ${probe.xid}::xid8 AS settled`);
  return row!.settled;
}

/**
 * Seals the rows after the last seal up to `upto` (a settled probe's), one seal, under the audit
 * key. One sealer at a time: another one busy (advisory lock taken) makes this a no-op. Returns
 * the new seal, or undefined when there was nothing to seal.
 */
export async function sealAudit(db: Database, key: Buffer, upto: number): Promise<Seal | undefined> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.rows<{ ok: boolean }>(sql`SELECT pg_try_advisory_xact_lock(${SEAL_LOCK}) AS ok`);
    if (!locked!.ok) return undefined;
    const last = await lastSeal(tx);
    const afterId = last?.uptoId ?? 0;
    if (upto <= afterId) return undefined;
    const [any] = await tx.rows(sql`SELECT 1 AS x FROM audit_events WHERE id > ${afterId} AND id <= ${upto} LIMIT 1`);
    if (!any) return undefined;
    const seal = { seq: (last?.seq ?? 0) + 1, afterId, uptoId: upto, prevHash: last?.hash ?? GENESIS_HASH };
    const { hash, rows } = await sealHash(tx, key, seal);
    const [written] = await tx.rows<Seal & Record<string, unknown>>(sql`INSERT INTO audit_seals (seq, after_id, upto_id, rows, prev_hash, hash)
      VALUES (${seal.seq}, ${seal.afterId}, ${seal.uptoId}, ${rows}, ${seal.prevHash}, ${hash}) RETURNING ${SEAL_COLUMNS}`);
    return written;
  });
}

/** Seals every row written so far, waiting (up to `timeoutMs`) for the transactions still writing to end. */
export async function sealAllNow(db: Database, key: Buffer, timeoutMs = 30_000): Promise<Seal | undefined> {
  const probe = await probeAudit(db);
  const until = Date.now() + timeoutMs;
  while (!(await probeSettled(db, probe))) {
    if (Date.now() > until) throw new Error(`audit rows up to ${probe.upto} are still being written after ${timeoutMs} ms (a long transaction is open)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (await sealAudit(db, key, probe.upto)) ?? (await lastSeal(db));
}

// -- checkpoints ----------------------------------------------------------------------------------

/** The chain's head at a moment, signed with the audit key and kept outside the database. */
export interface Checkpoint {
  seq: number;
  uptoId: number;
  rows: number;
  head: string;
  at: string;
  mac: string;
}

function checkpointMac(key: Buffer, c: Omit<Checkpoint, 'mac'>): string {
  return createHmac('sha256', key).update(`bonemet-audit-checkpoint\n${c.seq}\n${c.uptoId}\n${c.rows}\n${c.head}\n${c.at}`).digest('hex');
}

/** Seals what is settled and returns the signed head (undefined while nothing is sealed). */
export async function makeCheckpoint(db: Database, key: Buffer, timeoutMs?: number): Promise<Checkpoint | undefined> {
  const seal = await sealAllNow(db, key, timeoutMs);
  return seal ? checkpointOf(db, key, seal) : undefined;
}

async function checkpointOf(db: Executor, key: Buffer, seal: Seal): Promise<Checkpoint> {
  const [total] = await db.rows<{ n: number }>(sql`SELECT coalesce(sum(rows), 0)::float8 AS n FROM audit_seals WHERE seq <= ${seal.seq}`);
  const body = { seq: seal.seq, uptoId: seal.uptoId, rows: total!.n, head: seal.hash, at: new Date().toISOString() };
  return { ...body, mac: checkpointMac(key, body) };
}

/** Appends a checkpoint as one JSON line to `file` (made 0600). */
export function writeCheckpoint(file: string, checkpoint: Checkpoint): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

/** The checkpoints of a file, oldest first (none when it does not exist). */
export function readCheckpoints(file: string): Checkpoint[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line) as Checkpoint;
    } catch {
      throw new Error(`${file}, line ${i + 1}: not a checkpoint`);
    }
  });
}

// -- the sealer in the server ---------------------------------------------------------------------

export interface SealerOptions {
  /** How often rows are sealed (ms; default 1000). */
  intervalMs?: number;
  /** Where signed checkpoints go, and how often (ms; default 60 000). No checkpoints when absent. */
  checkpointFile?: string;
  checkpointEveryMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Seals audit rows every `intervalMs` (each tick seals up to the previous tick's probe once it has
 * settled) and writes a signed checkpoint every `checkpointEveryMs`. Off the request path: requests
 * only INSERT. stop() seals and checkpoints once more.
 */
export function startAuditSealer(db: Database, key: Buffer, options: SealerOptions = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 1000;
  const checkpointEveryMs = options.checkpointEveryMs ?? 60_000;
  let probe: AuditProbe | undefined;
  let lastCheckpoint = 0;
  let lastCheckpointSeq = 0;
  let running: Promise<void> = Promise.resolve();
  const checkpoint = async () => {
    if (!options.checkpointFile) return;
    const seal = await lastSeal(db);
    if (!seal || seal.seq === lastCheckpointSeq) return;
    writeCheckpoint(options.checkpointFile, await checkpointOf(db, key, seal));
    lastCheckpointSeq = seal.seq;
    lastCheckpoint = Date.now();
  };
  const tick = async () => {
    try {
      if (probe && (await probeSettled(db, probe))) {
        await sealAudit(db, key, probe.upto);
        probe = undefined;
      }
      probe ??= await probeAudit(db);
      if (Date.now() - lastCheckpoint >= checkpointEveryMs) await checkpoint();
    } catch (error) {
      options.onError?.(error);
    }
  };
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return; // a slow tick is not queued behind
    busy = true;
    running = tick().finally(() => {
      busy = false;
    });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      try {
        await sealAllNow(db, key, 5000);
        await checkpoint();
      } catch (error) {
        options.onError?.(error);
      }
    },
  };
}

// -- verification ---------------------------------------------------------------------------------

export interface ChainBreak {
  /** The first seal that does not hold (0: the checkpoint itself). */
  seal: number;
  reason: 'hash' | 'rows' | 'prev-hash' | 'gap' | 'checkpoint' | 'checkpoint-signature';
  /** The audit ids the seal covers (after, upto]. */
  ids: string;
  expected: string;
  found: string;
}

export interface ChainReport {
  ok: boolean;
  /** Audit rows covered by the seals checked. */
  rows: number;
  seals: number;
  /** The last seal's hash: a signed checkpoint of it, kept elsewhere, detects a later truncation. */
  head: string;
  /** Rows after the last seal (written in the last second or two; not yet sealed). */
  pending: number;
  /** The checkpoint the seals were checked against, when one was given. */
  checkpoint?: { seq: number; at: string };
  firstBreak?: ChainBreak;
}

/**
 * Recomputes every seal under the key, in order, and checks the newest of the given checkpoints
 * (signature, and that its seal is still there with the same hash): an edited, inserted or
 * deleted row, a recomputed seal (without the key) or a removed tail of seals all fail.
 */
export async function verifyAudit(db: Executor, key: Buffer, checkpoints: readonly Checkpoint[] = []): Promise<ChainReport> {
  let prev: Seal | undefined;
  let rows = 0;
  let seals = 0;
  const checkpoint = checkpoints.at(-1);
  let checkpointSeen = false;
  const report = (firstBreak?: ChainBreak): Promise<ChainReport> =>
    pendingAfter(prev?.uptoId ?? 0).then((pending) => ({
      ok: firstBreak === undefined, rows, seals, head: prev?.hash ?? GENESIS_HASH, pending,
      ...(checkpoint ? { checkpoint: { seq: checkpoint.seq, at: checkpoint.at } } : {}),
      ...(firstBreak ? { firstBreak } : {}),
    }));
  const pendingAfter = async (id: number) => (await db.rows<{ n: number }>(sql`SELECT count(*)::float8 AS n FROM audit_events WHERE id > ${id}`))[0]!.n;
  if (checkpoint) {
    const { mac, ...body } = checkpoint;
    if (typeof mac !== 'string' || mac !== checkpointMac(key, body)) {
      return report({ seal: 0, reason: 'checkpoint-signature', ids: '', expected: 'a checkpoint signed with this audit key', found: `checkpoint of seal ${checkpoint.seq} at ${checkpoint.at}` });
    }
  }
  let after = 0;
  for (;;) {
    const page = await db.rows<Seal & Record<string, unknown>>(sql`SELECT ${SEAL_COLUMNS} FROM audit_seals WHERE seq > ${after} ORDER BY seq LIMIT 500`);
    for (const seal of page) {
      const ids = `${seal.afterId}–${seal.uptoId}`;
      const bad = (reason: ChainBreak['reason'], expected: string, found: string) => report({ seal: seal.seq, reason, ids, expected, found });
      const expectedSeq = (prev?.seq ?? 0) + 1;
      if (seal.seq !== expectedSeq) return bad('gap', `seal ${expectedSeq}`, `seal ${seal.seq}`);
      if (seal.afterId !== (prev?.uptoId ?? 0)) return bad('gap', `rows after ${prev?.uptoId ?? 0}`, `rows after ${seal.afterId}`);
      if (seal.prevHash !== (prev?.hash ?? GENESIS_HASH)) return bad('prev-hash', prev?.hash ?? GENESIS_HASH, seal.prevHash);
      const computed = await sealHash(db, key, seal);
      if (computed.rows !== seal.rows) return bad('rows', `${seal.rows} rows`, `${computed.rows} rows`);
      if (computed.hash !== seal.hash) return bad('hash', computed.hash, seal.hash);
      if (checkpoint && seal.seq === checkpoint.seq) {
        if (seal.hash !== checkpoint.head || seal.uptoId !== checkpoint.uptoId) return bad('checkpoint', checkpoint.head, seal.hash);
        checkpointSeen = true;
      }
      prev = seal;
      rows += seal.rows;
      seals++;
    }
    if (page.length < 500) break;
    after = page[page.length - 1]!.seq;
  }
  if (checkpoint && !checkpointSeen) {
    return report({ seal: checkpoint.seq, reason: 'checkpoint', ids: `…–${checkpoint.uptoId}`, expected: `seal ${checkpoint.seq} of ${checkpoint.rows} rows (checkpoint of ${checkpoint.at})`, found: prev ? `the seals end at ${prev.seq}` : 'no seal' });
  }
  return report();
}

export interface AuditVerifyOptions {
  key: Buffer;
  /** The file of signed checkpoints (`bonemet audit checkpoint`, the server's timer). */
  checkpointFile?: string;
}

/** verifyAudit with a server's key and checkpoints; a server without the key cannot tell (503). */
export async function verifyConfiguredAudit(db: Executor, options: AuditVerifyOptions | undefined): Promise<ChainReport> {
  if (!options) throw new ProblemError({ type: 'https://bonemet.dev/problems/no-audit-key', title: 'Audit key not configured', status: 503, detail: 'this server was started without the audit key: run `bonemet audit verify` where the key is' });
  return verifyAudit(db, options.key, options.checkpointFile ? readCheckpoints(options.checkpointFile) : []);
}

export const AUDIT_CSV_COLUMNS = [
  'id', 'at', 'actor', 'actor_role', 'action', 'entity', 'record_id', 'patient_id', 'outcome', 'detail', 'client_ip', 'request_id', 'prev_hash', 'hash', 'records',
] as const;

/** The audit log as CSV lines (header first), streamed. */
export async function* auditCsv(db: Executor): AsyncGenerator<string> {
  yield `${csvLine(AUDIT_CSV_COLUMNS)}\n`;
  for await (const r of auditRows(db)) {
    yield `${csvLine([r.id, r.at, r.actor, r.actorRole, r.action, r.entity, r.recordId, r.patientId, r.outcome, r.detail, r.clientIp, r.requestId, r.prevHash, r.hash, r.records])}\n`;
  }
}
