import { createHash } from 'node:crypto';
import { ProblemError, badRequest } from '../boundary/problem.js';
import { sql, type Database, type Executor } from '../registry/db.js';
import { loadMigrations, migrate } from '../registry/migrate.js';

/**
 * Backup and restore of either store, by the application itself (pg_dump may not match the
 * server's version, and PGlite has none): a JSON-lines file holding every table of the schema
 * in foreign-key order, each row as PostgreSQL's own `row_to_json` text, the sequences, and per
 * table the row count and the SHA-256 of its rows in primary-key order. Restoring writes the
 * rows back with `json_populate_recordset`, so every value comes back exactly as it was; the
 * same counts and checksums are computed on the restored store and compared.
 *
 * Lines: ["bonemet-backup", header] · ["t", table] · ["r", row] … · ["s", sequence, value, called] · ["end", summary].
 */

export const BACKUP_FORMAT = 'bonemet-backup';
export const BACKUP_VERSION = 1;

export interface TableSummary {
  table: string;
  rows: number;
  sha256: string;
}

export interface BackupHeader {
  version: number;
  createdAt: string;
  store: Database['kind'];
  migrations: string[];
}

interface TableInfo {
  name: string;
  key: string;
}

/** The tables of the current schema in foreign-key order (parents first), with their primary key. */
export async function schemaTables(db: Executor): Promise<TableInfo[]> {
  const tables = await db.rows<{ name: string; key: string | null }>(sql`
    SELECT c.relname AS name,
      (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
       WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1) AS key
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname`);
  const edges = await db.rows<{ child: string; parent: string }>(sql`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.oid <> p.oid`);
  const missing = tables.filter((t) => t.key === null).map((t) => t.name);
  if (missing.length) throw new Error(`tables without a single-column primary key cannot be backed up: ${missing.join(', ')}`);
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return;
    path.add(name);
    for (const e of edges) if (e.child === name) visit(e.parent, path);
    done.add(name);
    ordered.push({ name, key: tables.find((t) => t.name === name)!.key! });
  };
  for (const t of tables) visit(t.name, new Set());
  return ordered;
}

/** Reads one consistent snapshot, with timestamps printed in UTC. */
function snapshot<T>(db: Database, work: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.rows(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
    await tx.rows(sql`SET LOCAL TIME ZONE 'UTC'`);
    return work(tx);
  });
}

async function* tableRows(tx: Executor, table: TableInfo, batch = 1000): AsyncGenerator<string> {
  let after: string | null = null;
  for (;;) {
    const page: { k: string; j: string }[] = await tx.rows<{ k: string; j: string }>(sql`
      SELECT t.${sql.identifier(table.key)}::text AS k, row_to_json(t)::text AS j FROM ${sql.identifier(table.name)} t
      ${after === null ? sql`` : sql`WHERE t.${sql.identifier(table.key)} > (SELECT t2.${sql.identifier(table.key)} FROM ${sql.identifier(table.name)} t2 WHERE t2.${sql.identifier(table.key)}::text = ${after})`}
      ORDER BY t.${sql.identifier(table.key)} LIMIT ${batch}`);
    for (const row of page) yield row.j;
    if (page.length < batch) return;
    after = page[page.length - 1]!.k;
  }
}

async function sequences(tx: Executor): Promise<[string, string | null, boolean][]> {
  const rows = await tx.rows<{ name: string }>(sql`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname`);
  const out: [string, string | null, boolean][] = [];
  for (const { name } of rows) {
    const [s] = await tx.rows<{ v: string; called: boolean }>(sql`SELECT last_value::text AS v, is_called AS called FROM ${sql.identifier(name)}`);
    out.push([name, s?.v ?? null, s?.called ?? false]);
  }
  return out;
}

function summarise(tables: TableInfo[], counts: Map<string, { rows: number; hash: ReturnType<typeof createHash> }>): TableSummary[] {
  return tables.map((t) => {
    const c = counts.get(t.name)!;
    return { table: t.name, rows: c.rows, sha256: c.hash.digest('hex') };
  });
}

/** Row counts and checksums of every table (what a backup records and a restore must match). */
export async function tableSummaries(db: Database): Promise<TableSummary[]> {
  return snapshot(db, async (tx) => {
    const tables = await schemaTables(tx);
    const counts = new Map<string, { rows: number; hash: ReturnType<typeof createHash> }>();
    for (const t of tables) {
      const c = { rows: 0, hash: createHash('sha256') };
      for await (const row of tableRows(tx, t)) {
        c.rows++;
        c.hash.update(row).update('\n');
      }
      counts.set(t.name, c);
    }
    return summarise(tables, counts);
  });
}

/** Writes a backup through `write` (one line per call) and returns what it holds. */
export async function writeBackup(db: Database, write: (line: string) => void | Promise<void>): Promise<{ header: BackupHeader; tables: TableSummary[] }> {
  return snapshot(db, async (tx) => {
    const migrations = (await tx.rows<{ id: string }>(sql`SELECT id FROM schema_migrations ORDER BY id`)).map((r) => r.id);
    const header: BackupHeader = { version: BACKUP_VERSION, createdAt: new Date().toISOString(), store: db.kind, migrations };
    await write(JSON.stringify([BACKUP_FORMAT, header]));
    const tables = await schemaTables(tx);
    const counts = new Map<string, { rows: number; hash: ReturnType<typeof createHash> }>();
    for (const t of tables) {
      await write(JSON.stringify(['t', t.name]));
      const c = { rows: 0, hash: createHash('sha256') };
      for await (const row of tableRows(tx, t)) {
        c.rows++;
        c.hash.update(row).update('\n');
        await write(`["r",${row}]`);
      }
      counts.set(t.name, c);
    }
    const seqs = await sequences(tx);
    for (const s of seqs) await write(JSON.stringify(['s', ...s]));
    const summary = summarise(tables, counts);
    await write(JSON.stringify(['end', { tables: summary }]));
    return { header, tables: summary };
  });
}

export interface RestoreReport {
  header: BackupHeader;
  /** The counts and checksums the backup recorded. */
  expected: TableSummary[];
  /** … and those of the restored store. */
  restored: TableSummary[];
  identical: boolean;
}

function invalidBackup(detail: string): ProblemError {
  return new ProblemError(badRequest(`not a usable bonemet backup: ${detail}`));
}

/**
 * Restores a backup into an empty store (no row in any table but the migrations'), in one
 * transaction, then compares every table's count and checksum with the backup's.
 */
export async function restoreBackup(db: Database, lines: AsyncIterable<string>): Promise<RestoreReport> {
  const iterator = lines[Symbol.asyncIterator]();
  /** The next line, parsed; a row line keeps its row as the original text (no JavaScript number in between). */
  const next = async (): Promise<{ line: unknown[]; raw: string } | undefined> => {
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) return undefined;
      const text = value.trim();
      if (text === '') continue;
      if (text.startsWith('["r",') && text.endsWith(']')) return { line: ['r'], raw: text.slice(5, -1) };
      try {
        const parsed = JSON.parse(text) as unknown;
        if (!Array.isArray(parsed)) throw new Error('not an array');
        return { line: parsed, raw: text };
      } catch (error) {
        throw invalidBackup(`a line is not JSON (${(error as Error).message})`);
      }
    }
  };
  const first = (await next())?.line;
  if (!first || first[0] !== BACKUP_FORMAT) throw invalidBackup('the first line is not a bonemet backup header');
  const header = first[1] as BackupHeader;
  if (header.version !== BACKUP_VERSION) throw invalidBackup(`format version ${String(header.version)}; this bonemet reads ${BACKUP_VERSION}`);
  const known = loadMigrations().map((m) => m.id);
  if (JSON.stringify(known) !== JSON.stringify(header.migrations)) {
    throw invalidBackup(`its schema (${header.migrations.at(-1) ?? 'none'}) is not this bonemet's (${known.at(-1) ?? 'none'}): restore with the bonemet version that made it`);
  }
  await migrate(db);
  const tables = await schemaTables(db);
  for (const t of tables) {
    if (t.name === 'schema_migrations') continue;
    const [row] = await db.rows(sql`SELECT 1 AS x FROM ${sql.identifier(t.name)} LIMIT 1`);
    if (row) throw new ProblemError(badRequest(`the store is not empty (table ${t.name} has rows): restore into a new data directory or an empty database`));
  }
  let expected: TableSummary[] | undefined;
  await db.transaction(async (tx) => {
    let table: string | undefined;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await tx.rows(sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${`[${batch.join(',')}]`}::json)`);
      batch = [];
    };
    for (let item = await next(); item; item = await next()) {
      const { line, raw } = item;
      const [kind] = line;
      if (kind === 'r') {
        if (!table) throw invalidBackup('a row before its table');
        batch.push(raw);
        if (batch.length >= 500) await flush();
      } else if (kind === 't') {
        await flush();
        table = String(line[1]);
        if (!tables.some((t) => t.name === table)) throw invalidBackup(`unknown table ${table}`);
        if (table === 'schema_migrations') await tx.rows(sql`DELETE FROM schema_migrations`);
      } else if (kind === 's') {
        await flush();
        const [, name, value, called] = line as [string, string, string | null, boolean];
        if (value !== null) await tx.rows(sql`SELECT setval(quote_ident(${name})::regclass, ${value}::bigint, ${called})`);
      } else if (kind === 'end') {
        await flush();
        expected = (line[1] as { tables: TableSummary[] }).tables;
      } else throw invalidBackup(`unknown line kind ${JSON.stringify(kind)}`);
    }
  });
  if (!expected) throw invalidBackup('it ends before its summary line: the file is truncated');
  const restored = await tableSummaries(db);
  const identical = JSON.stringify(restored) === JSON.stringify(expected);
  return { header, expected, restored, identical };
}
