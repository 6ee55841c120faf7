import { ProblemError, badRequest } from '../../boundary/problem.js';
import { changeUser, createUser, issueToken, listUsers, requireUser } from '../../trust/accounts.js';
import { parseOptions, usageError, write, type CliIO } from '../io.js';
import { CLI_ORIGIN, openStore } from './trust-store.js';

const USAGE = `usage:
  bonemet user add USERNAME --role clinician|researcher|admin [--password-stdin]
  bonemet user disable USERNAME        ends the user's sessions and tokens
  bonemet user enable USERNAME
  bonemet user reset-password USERNAME [--password-stdin]   ends the user's sessions and tokens
  bonemet user token USERNAME [--name NAME] [--days 30]      prints a new API token (bearer) once
  bonemet user list
options: [--data-dir DIR] (PGlite; DATABASE_URL selects PostgreSQL)

The password is asked twice on a terminal, or read from the first line of stdin with
--password-stdin: at least 12 characters, not containing the user name.`;

async function readLine(io: CliIO): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Reads a password on a terminal without echo. */
async function promptHidden(io: CliIO, question: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  io.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let text = '';
      const onData = (chunk: Buffer) => {
        for (const c of chunk.toString('utf8')) {
          if (c === '\r' || c === '\n') {
            stdin.off('data', onData);
            io.stderr.write('\n');
            resolve(text);
            return;
          }
          if (c === '\u0003') {
            stdin.off('data', onData);
            reject(usageError('cancelled'));
            return;
          }
          text = c === '\u007f' || c === '\b' ? text.slice(0, -1) : text + c;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}

async function password(io: CliIO, fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return readLine(io);
  if (!io.stdin.isTTY) throw usageError('no terminal to ask the password on: pipe it with --password-stdin');
  const first = await promptHidden(io, 'password: ');
  const again = await promptHidden(io, 'again: ');
  if (first !== again) throw usageError('the two passwords differ');
  return first;
}

export async function userCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      role: { type: 'string' }, 'password-stdin': { type: 'boolean' }, name: { type: 'string' }, days: { type: 'string' },
      'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    write(io.stdout, USAGE);
    return 0;
  }
  const [action, username, ...extra] = positionals;
  const actions = ['add', 'disable', 'enable', 'reset-password', 'token', 'list'];
  if (!action || !actions.includes(action)) throw usageError(`${action ? `unknown action "${action}"` : 'no action'}; accepted: ${actions.join(', ')}\n${USAGE}`);
  if (extra.length) throw usageError(`unexpected argument "${extra[0]}"\n${USAGE}`);
  if (action !== 'list' && !username) throw new ProblemError(badRequest(`bonemet user ${action} needs a USERNAME`, [{ path: 'USERNAME', message: 'required' }]));
  const days = values.days === undefined ? undefined : Number(values.days);
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 365)) {
    throw new ProblemError(badRequest('invalid --days', [{ path: '--days', message: `"${values.days}" is not accepted; 1–365` }]));
  }
  const pw = action === 'add' || action === 'reset-password' ? await password(io, values['password-stdin']) : undefined;
  const { db } = await openStore(values['data-dir']);
  try {
    if (action === 'list') {
      for (const u of await listUsers(db)) write(io.stdout, `${u.username}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}`);
      return 0;
    }
    if (action === 'add') {
      const user = await createUser(db, { username, role: values.role, password: pw }, CLI_ORIGIN);
      write(io.stderr, `created ${user.username} (${user.role})`);
      return 0;
    }
    const user = await requireUser(db, username!);
    if (action === 'token') {
      const token = await issueToken(db, user, { name: values.name ?? null, ...(days !== undefined ? { days } : {}) }, CLI_ORIGIN);
      write(io.stderr, `API token for ${user.username}, expires ${token.expiresAt}; send it as "Authorization: Bearer <token>". It is shown only now:`);
      write(io.stdout, token.secret);
      return 0;
    }
    const change = action === 'disable' ? { disabled: true } : action === 'enable' ? { disabled: false } : { password: pw };
    await changeUser(db, user.id, change, CLI_ORIGIN);
    write(io.stderr, `${user.username}: ${action === 'reset-password' ? 'password reset' : `${action}d`}; their sessions and tokens ended`);
    return 0;
  } finally {
    await db.close();
  }
}
