import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR, memoryAudit } from './access.js';
import { sql } from './db.js';
import { ENTITIES } from './entities.js';
import { CopyRowError } from './repository.js';
import { STORES, openTestRegistry, type TestRegistry } from './test-support.js';

// The bulk writer of the import: COPY in a bulk transaction on a PostgreSQL server, multi-row inserts on PGlite.
describe.each(STORES)('bulk inserts on $name', ({ name, url }) => {
  let t: TestRegistry;
  beforeAll(async () => {
    t = await openTestRegistry(url, { audit: memoryAudit() });
  }, 60_000);
  afterAll(() => t.dispose());

  it('stores text with tabs, newlines, carriage returns and backslashes, JSON and nulls as given, under the ids given', async () => {
    const odd = 'a\tb\nc\rd\\e \\N f';
    const ids = ['6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'];
    const rows = [
      { code: 'BULK-1', name: odd, sex: 'female', birthYear: 1950, cohort: null },
      { code: 'BULK-2', name: '\\N', sex: 'male', synthetic: true },
    ];
    const written = await t.registry.db.bulkTransaction(async (tx) => {
      expect(typeof tx.copy).toBe(name === 'postgres' ? 'function' : 'undefined');
      return t.registry.insertManyIn(tx, ENTITIES.patients, rows, LOCAL_ACTOR, ids);
    });
    expect(written).toEqual(ids);
    const stored = await t.registry.db.rows(sql`SELECT id, name, birth_year AS "birthYear", cohort, synthetic FROM patients WHERE code LIKE 'BULK-%' ORDER BY code`);
    expect(stored).toEqual([
      { id: ids[0], name: odd, birthYear: 1950, cohort: null, synthetic: false },
      { id: ids[1], name: '\\N', birthYear: null, cohort: null, synthetic: true },
    ]);
  });

  it.runIf(name === 'postgres')('names the row a COPY refuses, and writes none of the batch', async () => {
    const rows = [
      { code: 'COPY-1', name: 'One', sex: 'female' },
      { code: 'COPY-2', name: 'Two', sex: 'male' },
      { code: 'COPY-1', name: 'Again', sex: 'female' }, // the unique index on live codes
    ];
    const failure = await t.registry.db.bulkTransaction((tx) => t.registry.insertManyIn(tx, ENTITIES.patients, rows, LOCAL_ACTOR)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CopyRowError);
    expect((failure as CopyRowError).index).toBe(2);
    expect((failure as CopyRowError).reason).toMatch(/COPY-1/);
    expect(await t.registry.db.rows(sql`SELECT code FROM patients WHERE code LIKE 'COPY-%'`)).toEqual([]);
  });
});
