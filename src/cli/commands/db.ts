import { grantRuntimeRole } from '../../trust/db-roles.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { openStore } from './trust-store.js';

const USAGE = `usage:
  bonemet db migrate [--data-dir DIR]   applies the migrations not yet applied (every command does this on opening the store)
  bonemet db grant ROLE                 PostgreSQL: makes ROLE (created with LOGIN when missing) the server's runtime role

Run both as the role that owns the database's tables (DATABASE_URL of the owner), after every
upgrade; then start \`bonemet serve\` with a DATABASE_URL naming ROLE. ROLE may read and write the
registry but only INSERT and SELECT the audit tables; it owns nothing, so it cannot ALTER a table,
switch a trigger off, UPDATE, DELETE or TRUNCATE audit rows. See docs/security.md.`;

export async function dbCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(args, { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const [action, ...rest] = positionals;
  if (action !== 'migrate' && action !== 'grant') throw usageError(`${action ? `unknown action "${action}"` : 'no action'}; accepted: migrate, grant\n${USAGE}`);
  if (action === 'grant' && rest.length !== 1) throw usageError(`bonemet db grant needs one role name\n${USAGE}`);
  if (action === 'migrate' && rest.length) throw usageError(`unexpected argument "${rest[0]}"\n${USAGE}`);
  const { db, where } = await openStore(values['data-dir']);
  try {
    if (action === 'migrate') {
      write(io.stdout, `${where}: migrations applied`);
      return 0;
    }
    if (db.kind !== 'postgres') throw usageError('bonemet db grant works on PostgreSQL only (set DATABASE_URL): the embedded store has no roles');
    try {
      await grantRuntimeRole(db, rest[0]!);
    } catch (error) {
      throw usageError((error as Error).message);
    }
    write(io.stdout, `${rest[0]} may now read and write the registry and only INSERT and SELECT the audit tables on ${where}`);
    return 0;
  } finally {
    await db.close();
  }
}
