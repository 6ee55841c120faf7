import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { userInfo } from 'node:os';
import { createGunzip, createGzip } from 'node:zlib';
import { ProblemError, badRequest } from '../../boundary/problem.js';
import { recordAudit } from '../../trust/audit.js';
import { restoreBackup, writeBackup, type TableSummary } from '../../trust/backup.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { openStore } from './trust-store.js';

const BACKUP_USAGE = `usage:
  bonemet backup --out FILE [--data-dir DIR]

Writes every table of the store (PGlite in --data-dir, or PostgreSQL via DATABASE_URL) to FILE
(gzip when it ends in .gz; mode 0600: it holds patient data and password hashes), with each
table's row count and checksum, printed here too. Stop a PGlite server first (one process at a
time opens its data directory).`;

const RESTORE_USAGE = `usage:
  bonemet restore FILE [--data-dir DIR]

Restores a backup into an empty store (a new --data-dir, or an empty DATABASE_URL database),
then compares every table's row count and checksum with the backup's: exit 0 when identical.`;

export function summaryLines(tables: readonly TableSummary[]): string[] {
  const width = Math.max(...tables.map((t) => t.table.length));
  return tables.map((t) => `  ${t.table.padEnd(width)}  ${String(t.rows).padStart(8)} rows  sha256 ${t.sha256}`);
}

export async function backupCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(args, { out: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, BACKUP_USAGE);
  if (values.help) {
    write(io.stdout, BACKUP_USAGE);
    return 0;
  }
  if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"\n${BACKUP_USAGE}`);
  if (!values.out) throw new ProblemError(badRequest('bonemet backup needs --out FILE', [{ path: '--out', message: 'required' }]));
  const { db, where } = await openStore(values['data-dir']);
  const file = createWriteStream(values.out, { mode: 0o600, flags: 'wx' });
  try {
    await once(file, 'open');
  } catch (error) {
    await db.close();
    throw new ProblemError(badRequest(`cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (an existing file is never overwritten)`));
  }
  const gzip = values.out.endsWith('.gz') ? createGzip() : undefined;
  gzip?.pipe(file);
  const out: Writable = gzip ?? file;
  try {
    // audited before the snapshot is read, so the backup holds the row that records it
    await recordAudit(db, { actor: 'local', action: 'backup', entity: 'store', outcome: 'allowed', detail: `to ${values.out}; OS user ${osUser()}` });
    const { tables } = await writeBackup(db, async (line) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    });
    out.end();
    await once(file, 'close');
    write(io.stderr, [`backed up ${where} to ${values.out}:`, ...summaryLines(tables)].join('\n'));
    return 0;
  } finally {
    await db.close();
  }
}

export async function restoreCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(args, { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, RESTORE_USAGE);
  if (values.help) {
    write(io.stdout, RESTORE_USAGE);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (!path) throw new ProblemError(badRequest('bonemet restore needs the backup FILE', [{ path: 'FILE', message: 'required' }]));
  if (extra.length) throw usageError(`unexpected argument "${extra[0]}"\n${RESTORE_USAGE}`);
  const input = createReadStream(path);
  try {
    await once(input, 'open');
  } catch (error) {
    throw new ProblemError(badRequest(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
  }
  const { db, where } = await openStore(values['data-dir']);
  try {
    // made here, right before it is read: readline drops the lines that come before its iterator exists
    const lines = createInterface({ input: path.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
    const report = await restoreBackup(db, lines);
    // audited after the comparison (which covers the restored audit rows); the chain goes on from the backup's head
    await recordAudit(db, { actor: 'local', action: 'restore', entity: 'store', outcome: 'allowed', detail: `from ${path} (backup of ${report.header.store}, made ${report.header.createdAt}); ${report.identical ? 'identical' : 'MISMATCH'}; OS user ${osUser()}` });
    write(io.stderr, [`backup of ${report.header.store}, made ${report.header.createdAt}:`, ...summaryLines(report.expected)].join('\n'));
    write(io.stderr, [`restored into ${where}:`, ...summaryLines(report.restored)].join('\n'));
    write(io.stdout, report.identical ? 'OK: every table restored with the same row count and checksum' : 'MISMATCH: the restored store differs from the backup (see above)');
    return report.identical ? 0 : 1;
  } finally {
    await db.close();
  }
}

/** Who ran the command on this machine (the audit's actor is `local`). */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
