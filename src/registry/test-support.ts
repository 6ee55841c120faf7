import { randomBytes } from 'node:crypto';
import { Registry, type RegistryOptions } from './registry.js';
import { openDatabase, sql } from './db.js';

/** The stores every registry test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const STORES = [
  { name: 'pglite', url: undefined as string | undefined },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', url: process.env.DATABASE_URL }] : []),
];

export interface TestRegistry {
  registry: Registry;
  /** Closes the registry and drops the test schema (PostgreSQL). */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated registry: in-memory PGlite, or a schema of its own on PostgreSQL
 * (`test_<random>`), dropped again by dispose(), so test files never see each other's rows.
 */
export async function openTestRegistry(url: string | undefined, options: RegistryOptions = {}): Promise<TestRegistry> {
  if (!url) {
    const registry = await Registry.open({}, options);
    return { registry, dispose: () => registry.close() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const registry = await Registry.open({ databaseUrl: url, schema, poolSize: 4 }, options);
  return {
    registry,
    async dispose() {
      await registry.close();
      const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
      await admin.rows(sql`DROP SCHEMA ${sql.identifier(schema)} CASCADE`);
      await admin.close();
    },
  };
}
