import { randomUUID } from 'node:crypto';
import { ProblemError, badRequest, notFound } from '../boundary/problem.js';
import { sql, type Executor, type Row, type SQL } from './db.js';
import { columnOf, storedFields, type EntityDef, type Fields } from './entities.js';
import { conflict } from './problems.js';

/** A stored record: its fields plus id, version, timestamps and actors. */
export type EntityRecord = Fields & { id: string; version: number; patientId?: string };

export interface ListQuery {
  /** Equality filters on the entity's filter fields. */
  where?: Fields;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  /** Restricts to these patients (the access gate's scope); all when absent. */
  patientIds?: readonly string[];
  /** Order by pseudonym instead of by date: the HMAC key pads of the pseudonyms (researchers). */
  pseudonymOrder?: { inner: string; outer: string };
}

export interface Page {
  items: EntityRecord[];
  total: number;
  limit: number;
  offset: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

const utc = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

function selectList(def: EntityDef): SQL {
  const columns = ['id', ...storedFields(def), 'version'].map((field) => sql`${sql.identifier(columnOf(field))} AS ${sql.identifier(field)}`);
  columns.push(sql`${utc('created_at')} AS "createdAt"`, sql`${utc('updated_at')} AS "updatedAt"`);
  columns.push(sql`created_by AS "createdBy"`, sql`updated_by AS "updatedBy"`);
  return sql.join(columns, sql`, `);
}

function param(def: EntityDef, field: string, value: unknown): SQL {
  if (value === null || value === undefined) return sql`NULL`;
  return def.json.includes(field) ? sql`${JSON.stringify(value)}::jsonb` : sql`${value}`;
}

/** A row a COPY refused: its index among the rows given, what the database said and the column if it named one. */
export class CopyRowError extends Error {
  constructor(readonly index: number, readonly reason: string, readonly column?: string) {
    super(reason);
    this.name = 'CopyRowError';
  }
}

/** Rows made ready for COPY: their new ids and, per set of fields present, the column names and text lines. */
export interface PreparedCopy {
  table: string;
  ids: string[];
  copies: { columns: string[]; indexes: number[]; lines: string }[];
}

/** Text as a COPY text-format field: backslash, tab, newline and carriage return escaped. */
const copyText = (text: string) => (!/[\\\t\n\r]/.test(text) ? text : text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')));

function copyValue(def: EntityDef, field: string, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (def.json.includes(field)) return copyText(JSON.stringify(value));
  if (typeof value === 'object') throw new Error(`${def.table}.${field}: a ${Array.isArray(value) ? 'list' : 'object'} outside a JSON column cannot be copied`);
  return copyText(String(value));
}

/**
 * The one repository of the registry, generic over the entity descriptions: plain PostgreSQL,
 * so the same code runs on PGlite and on a PostgreSQL server. It does no access control: the
 * access gate (access.ts) is the only caller.
 */
export const repository = {
  async insert(tx: Executor, def: EntityDef, fields: Fields, actor: string): Promise<EntityRecord> {
    const names = storedFields(def).filter((field) => fields[field] !== undefined);
    const columns = sql.join([...names.map((f) => sql.identifier(columnOf(f))), sql`created_by`, sql`updated_by`], sql`, `);
    const values = sql.join([...names.map((f) => param(def, f, fields[f])), sql`${actor}`, sql`${actor}`], sql`, `);
    const [row] = await tx.rows(sql`INSERT INTO ${sql.identifier(def.table)} (${columns}) VALUES (${values}) RETURNING ${selectList(def)}`);
    return row as EntityRecord;
  },

  /** Inserts many records in multi-row statements (500 a statement); ids in input order. */
  async insertMany(tx: Executor, def: EntityDef, rows: readonly Fields[], actor: string, givenIds?: readonly string[]): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      const names = storedFields(def).filter((field) => chunk.some((row) => row[field] !== undefined));
      const id = (i: number) => (givenIds ? [sql`${givenIds[start + i]}`] : []);
      const columns = sql.join([...(givenIds ? [sql`id`] : []), ...names.map((f) => sql.identifier(columnOf(f))), sql`created_by`, sql`updated_by`], sql`, `);
      const values = chunk.map((row, i) => sql`(${sql.join([...id(i), ...names.map((f) => (row[f] === undefined ? sql`DEFAULT` : param(def, f, row[f]))), sql`${actor}`, sql`${actor}`], sql`, `)})`);
      const inserted = await tx.rows(sql`INSERT INTO ${sql.identifier(def.table)} (${columns}) VALUES ${sql.join(values, sql`, `)} RETURNING id`);
      ids.push(...inserted.map((r) => r.id as string));
    }
    return ids;
  },

  /**
   * `insertMany` through COPY (a PostgreSQL bulk transaction's `tx.copy`): ids made here, one COPY
   * per set of fields present. A row the database refuses fails the COPY as a CopyRowError naming
   * the row's index in `rows`.
   */
  async copyMany(tx: Executor, def: EntityDef, rows: readonly Fields[], actor: string, ids?: readonly string[]): Promise<string[]> {
    const prepared = repository.prepareCopy(def, rows, actor, ids);
    await repository.runCopy(tx, prepared);
    return prepared.ids;
  },

  /** The COPY data of `copyMany`, made apart from sending it so the next batch can be made while one is written. */
  prepareCopy(def: EntityDef, rows: readonly Fields[], actor: string, givenIds?: readonly string[]): PreparedCopy {
    const ids = givenIds ? [...givenIds] : rows.map(() => randomUUID());
    const groups = new Map<string, { names: string[]; indexes: number[] }>();
    const stored = storedFields(def);
    rows.forEach((row, index) => {
      const names = stored.filter((field) => row[field] !== undefined);
      const key = names.join(',');
      const group = groups.get(key) ?? { names, indexes: [] };
      group.indexes.push(index);
      groups.set(key, group);
    });
    const who = copyText(actor);
    const copies = [...groups.values()].map(({ names, indexes }) => ({
      columns: ['id', ...names.map(columnOf), 'created_by', 'updated_by'],
      indexes,
      lines: indexes.map((i) => `${ids[i]}\t${names.map((f) => copyValue(def, f, rows[i]![f])).join('\t')}${names.length ? '\t' : ''}${who}\t${who}\n`).join(''),
    }));
    return { table: def.table, ids, copies };
  },

  async runCopy(tx: Executor, prepared: PreparedCopy): Promise<void> {
    if (!tx.copy) throw new Error('COPY needs a bulk transaction on a PostgreSQL server');
    for (const { columns, indexes, lines } of prepared.copies) {
      try {
        await tx.copy(prepared.table, columns, lines);
      } catch (error) {
        const line = /line (\d+)/.exec(String((error as { where?: string }).where ?? ''))?.[1];
        if (!line) throw error;
        const pgError = error as { detail?: string; column?: string; message: string };
        throw new CopyRowError(indexes[Number(line) - 1]!, pgError.detail ?? pgError.message, pgError.column);
      }
    }
  },

  async get(tx: Executor, def: EntityDef, id: string, options: { forUpdate?: boolean } = {}): Promise<EntityRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const lock = options.forUpdate ? sql` FOR UPDATE` : sql``;
    const [row] = await tx.rows(sql`SELECT ${selectList(def)} FROM ${sql.identifier(def.table)} WHERE id = ${id} AND deleted_at IS NULL${lock}`);
    return row as EntityRecord | undefined;
  },

  async require(tx: Executor, def: EntityDef, id: string): Promise<EntityRecord> {
    const record = await repository.get(tx, def, id);
    if (!record) throw new ProblemError(notFound(`no ${def.singular} ${id}`));
    return record;
  },

  async list(tx: Executor, def: EntityDef, query: ListQuery = {}): Promise<Page> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const conditions: SQL[] = [sql`deleted_at IS NULL`];
    for (const [field, value] of Object.entries(query.where ?? {})) {
      if (value !== undefined) conditions.push(sql`${sql.identifier(columnOf(field))} = ${value}`);
    }
    if (def.dateField && query.from) conditions.push(sql`${sql.identifier(columnOf(def.dateField))} >= ${query.from}`);
    if (def.dateField && query.to) conditions.push(sql`${sql.identifier(columnOf(def.dateField))} <= ${query.to}`);
    if (query.patientIds) {
      const column = def.name === 'patients' ? sql`id` : sql`patient_id`;
      conditions.push(query.patientIds.length ? sql`${column}::text IN (${sql.join(query.patientIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`);
    }
    // by pseudonym (the HMAC behind it, computed from the key pads) for researchers, else by date
    const byPseudonym = query.pseudonymOrder
      ? sql`sha256(decode(${query.pseudonymOrder.outer}, 'hex') || sha256(decode(${query.pseudonymOrder.inner}, 'hex') || decode('696400', 'hex') || convert_to(lower(id::text), 'UTF8'))), id`
      : undefined;
    const order = byPseudonym ?? (def.dateField ? sql`${sql.identifier(columnOf(def.dateField))} NULLS LAST, created_at, id` : sql`created_at, id`);
    const rows = await tx.rows(sql`
      SELECT ${selectList(def)}, count(*) OVER ()::int AS "__total"
      FROM ${sql.identifier(def.table)} WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
    let total = 0;
    const items = rows.map((row: Row) => {
      total = row.__total as number;
      const { __total: _, ...rest } = row;
      return rest as EntityRecord;
    });
    if (items.length === 0 && offset > 0) {
      const [count] = await tx.rows(sql`SELECT count(*)::int AS n FROM ${sql.identifier(def.table)} WHERE ${sql.join(conditions, sql` AND `)}`);
      total = count?.n as number;
    }
    return { items, total, limit, offset };
  },

  /** Writes `fields` if the record is still at `expectedVersion`; 404 when gone, 409 when stale. */
  async update(tx: Executor, def: EntityDef, id: string, expectedVersion: number, fields: Fields, actor: string): Promise<EntityRecord> {
    const sets = storedFields(def)
      .filter((field) => field !== 'patientId' && fields[field] !== undefined)
      .map((field) => sql`${sql.identifier(columnOf(field))} = ${param(def, field, fields[field])}`);
    sets.push(sql`version = version + 1`, sql`updated_at = now()`, sql`updated_by = ${actor}`);
    const [row] = await tx.rows(sql`
      UPDATE ${sql.identifier(def.table)} SET ${sql.join(sets, sql`, `)}
      WHERE id = ${id} AND version = ${expectedVersion} AND deleted_at IS NULL
      RETURNING ${selectList(def)}`);
    if (row) return row as EntityRecord;
    throw await staleOrMissing(tx, def, id, expectedVersion);
  },

  async softDelete(tx: Executor, def: EntityDef, id: string, expectedVersion: number, actor: string): Promise<void> {
    const rows = await tx.rows(sql`
      UPDATE ${sql.identifier(def.table)} SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = ${actor}
      WHERE id = ${id} AND version = ${expectedVersion} AND deleted_at IS NULL RETURNING id`);
    if (rows.length === 0) throw await staleOrMissing(tx, def, id, expectedVersion);
  },

  /** Soft-deletes every live record of a patient in `def` (a patient's deletion cascades). */
  async softDeleteOfPatient(tx: Executor, def: EntityDef, patientId: string, actor: string): Promise<number> {
    const rows = await tx.rows(sql`
      UPDATE ${sql.identifier(def.table)} SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = ${actor}
      WHERE patient_id = ${patientId} AND deleted_at IS NULL RETURNING id`);
    return rows.length;
  },
};

async function staleOrMissing(tx: Executor, def: EntityDef, id: string, expectedVersion: number): Promise<ProblemError> {
  const current = await repository.get(tx, def, id);
  if (!current) return new ProblemError(notFound(`no ${def.singular} ${id}`));
  return new ProblemError(conflict(`${def.singular} ${id} is at version ${current.version}, not ${expectedVersion}: reload it and apply the change again`, current.version));
}

/** A reference that must name a live record of the same patient. */
export async function checkReference(tx: Executor, def: EntityDef, field: string, id: string, patientId: string): Promise<void> {
  const [row] = isUuid(id) ? await tx.rows(sql`SELECT patient_id AS "patientId" FROM ${sql.identifier(def.table)} WHERE id = ${id} AND deleted_at IS NULL`) : [];
  if (!row || row.patientId !== patientId) {
    throw new ProblemError(badRequest(`invalid reference`, [{ path: `body.${field}`, message: `no ${def.singular} ${id} of this patient` }]));
  }
}
