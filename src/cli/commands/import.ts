import { open, type FileHandle } from 'node:fs/promises';
import { LOCAL_ACTOR } from '../../registry/access.js';
import { IMPORT_COLUMNS, importCohortCsv } from '../../registry/import.js';
import { Registry } from '../../registry/registry.js';
import { databaseAudit } from '../../trust/registry-audit.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { progressBar } from '../render/progress.js';
import { DEFAULT_DATA_DIR, storeOptions } from '../store.js';

const USAGE = `usage:
  bonemet import FILE [--data-dir ${DEFAULT_DATA_DIR}] [--json]

Imports a cohort CSV into the registry (PostgreSQL when DATABASE_URL is set, else PGlite in
--data-dir; stop a server using the same data directory first, or POST the file to /api/import).
One row per record; reserved columns:
${Object.entries(IMPORT_COLUMNS).map(([name, what]) => `  ${name.padEnd(14)} ${what}`).join('\n')}
every other column is a field (camelCase or snake_case); objects and arrays are JSON in their cell.
All or nothing: every bad row is listed on stderr (exit 2) and nothing is stored.`;

export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(args, { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, USAGE);
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw usageError(`which file?\n${USAGE}`);
  if (extra.length) throw usageError(`unexpected argument "${extra[0]}"\n${USAGE}`);
  let handle: FileHandle;
  let size: number;
  try {
    handle = await open(file, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    }
    size = stat.size;
  } catch (error) {
    throw usageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const registry = await Registry.open(storeOptions(values['data-dir']), { audit: databaseAudit });
  const bar = progressBar(io.stderr);
  try {
    // read piece by piece: the file is never held whole in memory
    const result = await importCohortCsv(registry, LOCAL_ACTOR, handle.createReadStream(), { size, onProgress: (p) => bar.update(p) });
    bar.done();
    write(io.stdout, values.json
      ? JSON.stringify(result, null, 2)
      : `imported ${result.rows} rows (${Object.entries(result.byEntity).map(([entity, n]) => `${entity} ${n}`).join(', ')})`);
    return 0;
  } finally {
    bar.done();
    await handle.close().catch(() => undefined);
    await registry.close();
  }
}
