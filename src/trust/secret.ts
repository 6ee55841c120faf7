import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemError, badRequest } from '../boundary/problem.js';

/** The environment variable that carries the de-identification secret (hex or any text ≥ 32 characters). */
export const SECRET_ENV = 'BONEMET_SECRET';
export const SECRET_FILE = 'secret';

/**
 * The server's secret, keying the researchers' pseudonyms and date offsets: BONEMET_SECRET, else
 * `<dataDir>/secret`, created on first start with 32 random bytes and mode 0600. Several servers
 * sharing one PostgreSQL must share it (set BONEMET_SECRET). It is never written to the database,
 * a backup or the log.
 */
export function loadSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  return loadKey(dataDir, SECRET_ENV, SECRET_FILE, env);
}

/** The environment variable that carries the audit key (hex or any text ≥ 32 characters). */
export const AUDIT_KEY_ENV = 'BONEMET_AUDIT_KEY';
export const AUDIT_KEY_FILE = 'audit-key';

/**
 * The audit key, sealing the audit chain and signing its checkpoints (src/trust/audit.ts):
 * BONEMET_AUDIT_KEY, else `<dataDir>/audit-key` (made on first use, 32 random bytes, mode 0600).
 * Never in the database: whoever can write the audit tables cannot reseal them. Every server and
 * the CLI's `audit verify` against one database must share it; keep a copy off the server.
 */
export function loadAuditKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  return loadKey(dataDir, AUDIT_KEY_ENV, AUDIT_KEY_FILE, env);
}

function loadKey(dataDir: string, envName: string, fileName: string, env: NodeJS.ProcessEnv): Buffer {
  const fromEnv = env[envName];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new ProblemError(badRequest(`${envName} is too short: give at least 32 characters (e.g. openssl rand -hex 32)`));
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = join(dataDir, fileName);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new ProblemError(badRequest(`${file} is readable by others (mode ${mode.toString(8)}): chmod 600 it`));
  }
  const text = readFileSync(file, 'utf8').trim();
  if (text.length < 32) throw new ProblemError(badRequest(`${file} holds no usable key: remove it to have a new one made`));
  return Buffer.from(text, 'utf8');
}
