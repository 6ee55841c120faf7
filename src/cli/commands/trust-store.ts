import type { Database } from '../../registry/db.js';
import { openDatabase } from '../../registry/db.js';
import { migrate } from '../../registry/migrate.js';
import { storeOptions } from '../store.js';

/** Opens the CLI's store (DATABASE_URL, else PGlite in --data-dir) with the migrations applied. */
export async function openStore(dataDir: string | undefined): Promise<{ db: Database; where: string }> {
  const store = storeOptions(dataDir);
  const db = await openDatabase(store);
  await migrate(db);
  return { db, where: 'databaseUrl' in store ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${store.dataDir}` };
}

/** The CLI acts as the local actor: whoever may open the store on this machine. */
export const CLI_ORIGIN = { actor: 'local', actorRole: 'local', clientIp: 'cli' } as const;
