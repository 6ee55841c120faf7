import { createHash } from 'node:crypto';
import { csvLine } from '../boundary/csv.js';
import { sql, type Database, type Executor } from '../registry/db.js';

/**
 * The audit log: one row per read or write of patient data, sign-in, failed sign-in, sign-out and
 * denied request. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and tamper-evident:
 * each row stores the hash of the row before it and `hash = sha256(prev_hash "\n" canonical row)`,
 * so a changed, removed or inserted row breaks the chain at that row. No clinical value is ever
 * written here: who, what, when, from where and which record — nothing of the record's content.
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

/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);
/** pg_advisory_xact_lock key serialising appends (distinct from the migration lock). */
const AUDIT_LOCK = 4120151;
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
    // added later (migration 0101): only when present, so the rows written before keep their hashes
    ...(row.records !== null && row.records !== undefined ? [row.records] : []),
  ]);
}

export function chainHash(prevHash: string, row: Omit<AuditRow, 'prevHash' | 'hash'>): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalRow(row)}`).digest('hex');
}

const utc = sql.raw(`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const COLUMNS = sql`id::int AS id, ${utc} AS at, actor, actor_role AS "actorRole", action, entity, record_id AS "recordId",
  patient_id AS "patientId", outcome, detail, client_ip AS "clientIp", request_id AS "requestId", records, prev_hash AS "prevHash", hash`;

/**
 * Appends one entry in the caller's transaction: the write it records and its audit row commit
 * or roll back together. An advisory lock serialises appends; callers take it last in their
 * transaction (after their own row locks) so two writers cannot deadlock on it.
 */
export async function appendAudit(tx: Executor, entry: AuditEntry, now = new Date()): Promise<AuditRow> {
  await tx.rows(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.rows<{ id: number; hash: string | null }>(sql`SELECT id::int AS id, hash FROM audit_events ORDER BY id DESC LIMIT 1`);
  const row = {
    id: (last?.id ?? 0) + 1,
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
  const prevHash = last ? (last.hash ?? GENESIS_HASH) : GENESIS_HASH;
  const hash = chainHash(prevHash, row);
  await tx.rows(sql`INSERT INTO audit_events (id, at, actor, actor_role, action, entity, record_id, patient_id, outcome, detail, client_ip, request_id, records, prev_hash, hash)
    VALUES (${row.id}, ${row.at}::timestamptz, ${row.actor}, ${row.actorRole}, ${row.action}, ${row.entity}, ${row.recordId}, ${row.patientId},
            ${row.outcome}, ${row.detail}, ${row.clientIp}, ${row.requestId}, ${row.records}, ${prevHash}, ${hash})`);
  return { ...row, prevHash, hash };
}

/** Appends one entry in a transaction of its own (sign-ins, denials, reads). */
export function recordAudit(db: Database, entry: AuditEntry): Promise<AuditRow> {
  return db.transaction((tx) => appendAudit(tx, entry));
}

/** A denied request of no one (no live session): who cannot be named, so it stays out of the chain. */
export interface AnonymousDenial {
  method: string;
  route: string;
  recordId?: string | null;
  detail: string;
  clientIp?: string | null;
  requestId?: string | null;
}

/**
 * Records a denied request that no signed-in user made (no or an ended session, a forged cookie or
 * token, CSRF without a session, a rate-limited sign-in) in `access_denials`, append-only but
 * outside the hash chain: one plain INSERT, no chain lock, so a flood of them does not slow down
 * the audited work of signed-in users. Denials of signed-in users stay in the chain.
 */
export async function recordAnonymousDenial(db: Executor, denial: AnonymousDenial): Promise<void> {
  await db.rows(sql`INSERT INTO access_denials (method, route, record_id, detail, client_ip, request_id)
    VALUES (${clip(denial.method) ?? ''}, ${clip(denial.route) ?? ''}, ${clip(denial.recordId)}, ${clip(denial.detail)}, ${clip(denial.clientIp)}, ${clip(denial.requestId)})`);
}

/** Rows in id order, a page at a time, without holding them all in memory. */
export async function* auditRows(db: Executor, batch = 2000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = await db.rows<AuditRow & Record<string, unknown>>(sql`SELECT ${COLUMNS} FROM audit_events WHERE id > ${after} ORDER BY id LIMIT ${batch}`);
    for (const row of rows) yield row;
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.id;
  }
}

export interface ChainBreak {
  id: number;
  /** What is wrong at this row. */
  reason: 'hash' | 'prev-hash' | 'gap';
  expected: string;
  found: string;
}

export interface ChainReport {
  ok: boolean;
  rows: number;
  /** The hash of the last row: note it elsewhere to detect a later truncation of the tail. */
  head: string;
  firstBreak?: ChainBreak;
}

/** Walks the chain from the first row and reports the first broken link. */
export async function verifyAudit(db: Executor): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let prevId: number | undefined;
  let rows = 0;
  for await (const row of auditRows(db)) {
    rows++;
    const bad = (reason: ChainBreak['reason'], expected: string, found: string | null): ChainReport =>
      ({ ok: false, rows, head: prev, firstBreak: { id: row.id, reason, expected, found: found ?? '(none)' } });
    if (prevId !== undefined && row.id !== prevId + 1) return bad('gap', `row ${prevId + 1}`, `row ${row.id}`);
    if (row.prevHash !== prev) return bad('prev-hash', prev, row.prevHash);
    const { prevHash: _p, hash: _h, ...fields } = row;
    const expected = chainHash(prev, fields);
    if (row.hash !== expected) return bad('hash', expected, row.hash);
    prev = row.hash;
    prevId = row.id;
  }
  return { ok: true, rows, head: prev };
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
