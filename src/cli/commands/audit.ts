import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ProblemError, badRequest } from '../../boundary/problem.js';
import { auditCsv, verifyAudit } from '../../trust/audit.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { openStore } from './trust-store.js';

const USAGE = `usage:
  bonemet audit verify [--data-dir DIR]              checks the hash chain; exit 1 at the first broken link
  bonemet audit export [--out FILE] [--data-dir DIR] the audit log as CSV (stdout without --out; FILE 0600, never overwritten)`;

export async function auditCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(args, { out: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const [action, ...extra] = positionals;
  if (action !== 'verify' && action !== 'export') throw usageError(`${action ? `unknown action "${action}"` : 'no action'}; accepted: verify, export\n${USAGE}`);
  if (extra.length) throw usageError(`unexpected argument "${extra[0]}"\n${USAGE}`);
  const { db, where } = await openStore(values['data-dir']);
  try {
    if (action === 'verify') {
      const report = await verifyAudit(db);
      if (report.ok) {
        write(io.stdout, `OK: ${report.rows} audit rows on ${where}, chain intact; head ${report.head}`);
        return 0;
      }
      const b = report.firstBreak!;
      write(io.stdout, `BROKEN at audit row ${b.id} (${b.reason}): expected ${b.expected}, found ${b.found}; ${report.rows - 1} rows before it verify`);
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
