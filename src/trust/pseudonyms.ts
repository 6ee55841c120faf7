import { sql, type Executor } from '../registry/db.js';
import { ENTITIES, type EntityName } from '../registry/entities.js';
import type { Deidentifier } from './deidentify.js';

const BATCH = 2000;
/** Incremental fills look back this far before the last fill's start (records of transactions still open then). */
const LOOK_BACK_MS = 60_000;

/**
 * The researchers' pseudonyms stored in `pseudonyms` (migration 0104) with an index on the
 * pseudonym: the record behind a pseudonym is one index lookup, not an HMAC per row. Filled from
 * the server's secret at start and, for records written since, when a pseudonym is not found.
 * Concurrent fills of one table share one run.
 */
export class PseudonymIndex {
  private readonly key: string;
  private readonly filled = new Map<string, number>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly db: Executor, private readonly deid: Deidentifier) {
    this.key = deid.keyId();
  }

  /** The record id behind `pseudonym` in `entity`'s table, or undefined. */
  async realId(entity: EntityName, pseudonym: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(pseudonym)) return undefined;
    const find = async () => (await this.db.rows<{ id: string }>(sql`SELECT p.pn_record::text AS id FROM pseudonyms p JOIN ${sql.identifier(ENTITIES[entity].table)} t ON t.id = p.pn_record
      WHERE p.pn_key = ${this.key} AND p.pn_value = ${pseudonym.toLowerCase()}::uuid AND t.deleted_at IS NULL`))[0]?.id;
    const found = await find();
    if (found) return found;
    await this.fill(entity);
    return find();
  }

  /** Stores the pseudonyms of `entity`'s records that have none under this secret yet. */
  fill(entity: EntityName): Promise<void> {
    const table = ENTITIES[entity].table;
    const running = this.running.get(table);
    if (running) return running;
    const started = Date.now();
    const since = this.filled.get(table);
    const run = this.fillTable(table, since === undefined ? undefined : new Date(since - LOOK_BACK_MS)).then(
      () => {
        this.filled.set(table, started);
        this.running.delete(table);
      },
      (error: unknown) => {
        this.running.delete(table);
        throw error;
      },
    );
    this.running.set(table, run);
    return run;
  }

  /** Fills every entity table (at server start). */
  async fillAll(): Promise<void> {
    for (const entity of Object.keys(ENTITIES) as EntityName[]) await this.fill(entity);
  }

  private async fillTable(table: string, since: Date | undefined): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.rows<{ id: string }>(sql`SELECT t.id::text AS id FROM ${sql.identifier(table)} t
        WHERE t.id > ${after}::uuid ${since ? sql`AND t.created_at >= ${since.toISOString()}::timestamptz` : sql``}
          AND NOT EXISTS (SELECT 1 FROM pseudonyms p WHERE p.pn_record = t.id AND p.pn_key = ${this.key})
        ORDER BY t.id LIMIT ${BATCH}`);
      if (rows.length === 0) return;
      const values = rows.map((r) => sql`(${r.id}::uuid, ${this.key}, decode(${this.deid.pseudonymMac(r.id).toString('hex')}, 'hex'), ${this.deid.pseudonymId(r.id)}::uuid)`);
      await this.db.rows(sql`INSERT INTO pseudonyms (pn_record, pn_key, pn_mac, pn_value) VALUES ${sql.join(values, sql`, `)}
        ON CONFLICT (pn_record) DO UPDATE SET pn_key = excluded.pn_key, pn_mac = excluded.pn_mac, pn_value = excluded.pn_value`);
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1]!.id;
    }
  }
}
