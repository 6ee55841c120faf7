import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Database } from './db.js';

/**
 * The migrations folder: src/registry/migrations under vitest, dist/registry/migrations after the
 * build copies it (reached as ../registry/ so that it holds from dist/registry and from the CLI
 * bundle in dist/bin alike), else the source tree's, so a build without the copy still finds them.
 */
function migrationsDir(): string {
  const beside = fileURLToPath(new URL('../registry/migrations/', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../src/registry/migrations/', import.meta.url));
}

export interface Migration {
  id: string;
  sql: string;
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.sql$/, ''), sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/**
 * The statements of a migration file: they end with `;` at the end of a line (PGlite's extended
 * protocol takes one statement per query). `--` comment lines are dropped.
 */
export function statements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in file-name order, each in its
 * own transaction. An advisory lock makes concurrent starts of several servers against one
 * PostgreSQL apply each migration once. Returns the ids applied now.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  // checked first: a runtime role without CREATE on the schema (src/trust/db-roles.ts) starts on a migrated database
  const [known] = await db.rows<{ t: string | null }>(sql`SELECT to_regclass('schema_migrations')::text AS t`);
  if (!known?.t) await db.rows(sql`CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.rows(sql`SELECT pg_advisory_xact_lock(4120150)`);
      const seen = await tx.rows(sql`SELECT 1 FROM schema_migrations WHERE id = ${migration.id}`);
      if (seen.length > 0) return false;
      try {
        for (const statement of statements(migration.sql)) await tx.rows(sql.raw(statement));
      } catch (error) {
        if ((error as { code?: string }).code === '42501' || (error as { cause?: { code?: string } }).cause?.code === '42501') {
          throw new Error(`migration ${migration.id} needs the role that owns the tables: run \`bonemet db migrate\` (and \`bonemet db grant ROLE\`) with the owner's DATABASE_URL, then start the server again`, { cause: error });
        }
        throw error;
      }
      await tx.rows(sql`INSERT INTO schema_migrations (id) VALUES (${migration.id})`);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
