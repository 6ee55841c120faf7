/**
 * Where the CLI's store is, without opening it: kept apart from the commands so that a command
 * needing only this (import, export, user, …) does not load the HTTP server with `serve`.
 */
export const DEFAULT_DATA_DIR = '.bonemet-data';

/** The store the CLI opens: DATABASE_URL, else PGlite in the data directory. */
export function storeOptions(dataDir: string | undefined) {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  return databaseUrl ? { databaseUrl } : { dataDir: dataDir ?? DEFAULT_DATA_DIR };
}
