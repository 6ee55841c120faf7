import { LOCAL_ACTOR } from '../../registry/access.js';
import { seedDemoCohort } from '../../registry/demo.js';
import { Registry } from '../../registry/registry.js';
import { sql } from '../../registry/db.js';
import { buildApp } from '../../server/app.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';

export const DEFAULT_DATA_DIR = '.bonemet-data';

const USAGE = `usage:
  bonemet serve [--port 3000] [--host 127.0.0.1] [--data-dir ${DEFAULT_DATA_DIR}] [--demo]

Serves the registry API (REST, /api/score, /api/recommend, /api/cohorts/analysis, /openapi.json).
The store is PostgreSQL when DATABASE_URL is set, else embedded PGlite in --data-dir. --demo
writes the synthetic demo cohort (106 patients shaped like study 000) when the store is empty.`;

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port "${value}" is not a port; accepted: 0–65535`);
  return port;
}

/** The store the CLI opens: DATABASE_URL, else PGlite in the data directory. */
export function storeOptions(dataDir: string | undefined) {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  return databaseUrl ? { databaseUrl } : { dataDir: dataDir ?? DEFAULT_DATA_DIR };
}

export async function serveCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, demo: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const port = parsePort(values.port ?? process.env.PORT, 3000);
  const host = values.host ?? '127.0.0.1';
  const store = storeOptions(values['data-dir']);
  const registry = await Registry.open(store);
  const where = 'databaseUrl' in store ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${store.dataDir}`;
  if (values.demo) {
    const [row] = await registry.db.rows(sql`SELECT count(*)::int AS n FROM patients`);
    if (row?.n === 0) {
      write(io.stderr, 'writing the synthetic demo cohort (106 patients, not real people) …');
      const n = await seedDemoCohort(registry, LOCAL_ACTOR);
      write(io.stderr, `wrote ${n} synthetic patients`);
    }
  }
  const app = await buildApp({ registry });
  const address = await app.listen({ port, host });
  write(io.stderr, `bonemet serving ${address} on ${where}; API description at ${address}/openapi.json (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await registry.close();
  return 0;
}
