import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export { sql, type SQL };

export type Row = Record<string, unknown>;

/**
 * The one query layer of the registry: PostgreSQL SQL through drizzle, the same over embedded
 * PGlite and a PostgreSQL server. Repositories see only this interface.
 */
export interface Executor {
  rows<T extends Row = Row>(query: SQL): Promise<T[]>;
  /**
   * PostgreSQL server, in a bulk transaction only: `COPY table (columns) FROM STDIN` of text-format
   * lines (tab-separated, `\N` for null, escaped by the caller).
   */
  copy?(table: string, columns: readonly string[], lines: string): Promise<void>;
}

export interface Database extends Executor {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
  /** A transaction for bulk writers: on a PostgreSQL server its executor can `copy`; on PGlite it is `transaction`. */
  bulkTransaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type Drizzle = { execute(query: SQL): Promise<{ rows: unknown[] }> };
type DrizzleWithTx = Drizzle & { transaction<T>(work: (tx: Drizzle) => Promise<T>): Promise<T> };

function executor(db: Drizzle): Executor {
  return {
    async rows<T extends Row>(query: SQL) {
      const result = await db.execute(query);
      return result.rows as T[];
    },
  };
}

function wrap(kind: Database['kind'], db: DrizzleWithTx, close: () => Promise<void>, bulkTransaction?: Database['bulkTransaction']): Database {
  const transaction: Database['transaction'] = (work) => db.transaction((tx) => work(executor(tx)));
  return { kind, ...executor(db), transaction, bulkTransaction: bulkTransaction ?? transaction, close };
}

/** One pooled connection in BEGIN … COMMIT whose executor also streams COPY FROM STDIN. */
async function copyTransaction<T>(pool: pg.Pool, work: (tx: Executor) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const tx: Executor = {
    ...executor(drizzlePostgres(client) as unknown as Drizzle),
    async copy(table, columns, lines) {
      const names = columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
      await pipeline(Readable.from([lines]), client.query(copyFrom(`COPY "${table.replaceAll('"', '""')}" (${names}) FROM STDIN`)));
    },
  };
  let failed = false;
  try {
    await client.query('BEGIN');
    const result = await work(tx);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failed = true;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release(failed ? true : undefined);
  }
}

export interface StoreOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite store is used. */
  databaseUrl?: string;
  /** PGlite data directory; in memory when absent. */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests use one schema per file); created when missing. */
  schema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export async function openDatabase(options: StoreOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = drizzlePostgres(pool) as unknown as DrizzleWithTx;
    const database = wrap('postgres', db, () => pool.end(), (work) => copyTransaction(pool, work));
    // checked first: a runtime role without CREATE on the database (src/trust/db-roles.ts) opens an existing schema
    if (options.schema && (await database.rows(sql`SELECT 1 AS x FROM pg_namespace WHERE nspname = ${options.schema}`)).length === 0) {
      await database.rows(sql`CREATE SCHEMA IF NOT EXISTS ${sql.identifier(options.schema)}`);
    }
    return database;
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const lite = new PGlite(options.dataDir);
  await lite.waitReady;
  const db = drizzlePglite(lite) as unknown as DrizzleWithTx;
  return wrap('pglite', db, () => lite.close());
}
