import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { ProblemError, badRequest } from '../../boundary/problem.js';
import { auditCsv, makeCheckpoint, readCheckpoints, verifyAudit, writeCheckpoint } from '../../trust/audit.js';
import { loadAuditKey } from '../../trust/secret.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { DEFAULT_DATA_DIR } from '../store.js';
import { openStore } from './trust-store.js';

/** Where checkpoints go unless --checkpoints or BONEMET_AUDIT_CHECKPOINTS says otherwise. */
export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

export function checkpointFile(dataDir: string | undefined, option?: string): string {
  return option ?? (process.env.BONEMET_AUDIT_CHECKPOINTS || join(dataDir ?? DEFAULT_DATA_DIR, CHECKPOINT_FILE));
}

const USAGE = `usage:
  bonemet audit verify [--checkpoints FILE] [--data-dir DIR]  recomputes every seal of the audit chain under the audit key
                                                               and checks the newest signed checkpoint; exit 1 at the first break
  bonemet audit checkpoint [--checkpoints FILE] [--data-dir DIR]  seals the rows written so far and appends a signed checkpoint
  bonemet audit export [--out FILE] [--data-dir DIR]          the audit log as CSV (stdout without --out; FILE 0600, never overwritten)

The audit key is BONEMET_AUDIT_KEY, else <data-dir>/audit-key (made on first use, mode 0600); the
checkpoints are BONEMET_AUDIT_CHECKPOINTS, else <data-dir>/${CHECKPOINT_FILE}. Keep both off the
database server: with them, an edited, inserted or deleted audit row, a reseal without the key or
a removed tail of the chain is found. See docs/security.md.`;

export async function auditCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { out: { type: 'string' }, checkpoints: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const [action, ...extra] = positionals;
  if (action !== 'verify' && action !== 'export' && action !== 'checkpoint') throw usageError(`${action ? `unknown action "${action}"` : 'no action'}; accepted: verify, checkpoint, export\n${USAGE}`);
  if (extra.length) throw usageError(`unexpected argument "${extra[0]}"\n${USAGE}`);
  const dataDir = values['data-dir'];
  const { db, where } = await openStore(dataDir);
  try {
    if (action === 'verify' || action === 'checkpoint') {
      const key = loadAuditKey(dataDir ?? DEFAULT_DATA_DIR);
      const file = checkpointFile(dataDir, values.checkpoints);
      if (action === 'checkpoint') {
        const checkpoint = await makeCheckpoint(db, key);
        if (!checkpoint) {
          write(io.stdout, `no audit rows on ${where} yet: nothing to checkpoint`);
          return 0;
        }
        writeCheckpoint(file, checkpoint);
        write(io.stdout, `checkpoint of seal ${checkpoint.seq} (${checkpoint.rows} rows, up to row ${checkpoint.uptoId}) appended to ${file}; head ${checkpoint.head}`);
        return 0;
      }
      const report = await verifyAudit(db, key, readCheckpoints(file));
      const against = report.checkpoint ? `checkpoint of ${report.checkpoint.at} (seal ${report.checkpoint.seq})` : `no checkpoint (none in ${file}): a removed tail of the chain cannot be seen`;
      if (report.ok) {
        write(io.stdout, `OK: ${report.rows} audit rows in ${report.seals} seals on ${where}, every seal intact under the audit key; ${report.pending} newer rows not sealed yet; checked against ${against}; head ${report.head}`);
        return 0;
      }
      const b = report.firstBreak!;
      write(io.stdout, `BROKEN at seal ${b.seal} (rows ${b.ids}; ${b.reason}): expected ${b.expected}, found ${b.found}; ${report.rows} rows in ${report.seals} seals before it verify; checked against ${against}`);
      return 1;
    }
    const file = values.out ? createWriteStream(values.out, { mode: 0o600, flags: 'wx' }) : undefined;
    if (file) {
      try {
        await once(file, 'open');
      } catch (error) {
        throw new ProblemError(badRequest(`cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (an existing file is never overwritten)`));
      }
    }
    const out = file ?? io.stdout;
    for await (const line of auditCsv(db)) if (!out.write(line)) await once(out, 'drain');
    if (values.out) {
      out.end();
      await once(out, 'finish');
      write(io.stderr, `wrote ${values.out}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
