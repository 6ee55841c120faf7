import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { ProblemError, notFound } from '../boundary/problem.js';
import { sql, type Database, type Executor } from '../registry/db.js';
import { appendAudit, recordAnonymousDenial, type AuditEntry } from './audit.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { parseBody, tokenRequestSchema, userChangeSchemaFor, userCreateSchema, type tokenInfoSchema, type userSchema } from './schemas.js';

/**
 * Users, their sessions and API tokens, and the sign-in throttle — all in the database, so the
 * server keeps no state and several instances can share one PostgreSQL. A session or token is a
 * random 256-bit secret handed to the client once; the database keeps only its SHA-256.
 */

/** A user as the API answers it (schemas.ts: userSchema). */
export type User = z.output<typeof userSchema>;

export interface SessionPolicy {
  /** A browser session ends after this long without a request. */
  idleMinutes: number;
  /** … and this long after sign-in, whatever happens. */
  absoluteMinutes: number;
  /** API tokens live this many days unless asked for fewer. */
  tokenDays: number;
}

/** ASVS 5.0 V7.3: idle 30 minutes, absolute 12 hours for a browser; tokens 30 days. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteMinutes: 12 * 60, tokenDays: 30 };

export interface ThrottlePolicy {
  perUsername: number;
  perIp: number;
  windowMinutes: number;
}

/** 5 failed sign-ins per user name or 20 per address within 15 minutes, then 429. */
export const DEFAULT_THROTTLE: ThrottlePolicy = { perUsername: 5, perIp: 20, windowMinutes: 15 };

const TOKEN_PREFIX = 'bmt_';

const utc = (column: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const USER_COLUMNS = sql`id::text AS id, username, role, disabled_at IS NOT NULL AS disabled, ${utc('created_at')} AS "createdAt", ${utc('updated_at')} AS "updatedAt", version`;

export const secretHash = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who did it and from where, for the audit rows of account changes. */
export interface Origin {
  actor: string;
  actorRole?: string | null;
  clientIp?: string | null;
  requestId?: string | null;
}

const audit = (tx: Executor, origin: Origin, entry: Omit<AuditEntry, 'actor' | 'actorRole' | 'clientIp' | 'requestId'>) =>
  appendAudit(tx, { actor: origin.actor, actorRole: origin.actorRole ?? null, clientIp: origin.clientIp ?? null, requestId: origin.requestId ?? null, ...entry });

// -- users -------------------------------------------------------------------------------------

export async function listUsers(db: Executor): Promise<User[]> {
  return db.rows<User & Record<string, unknown>>(sql`SELECT ${USER_COLUMNS} FROM users ORDER BY lower(username)`);
}

export async function findUser(db: Executor, username: string): Promise<User | undefined> {
  const [row] = await db.rows<User & Record<string, unknown>>(sql`SELECT ${USER_COLUMNS} FROM users WHERE lower(username) = lower(${username})`);
  return row;
}

export async function getUser(db: Executor, id: string): Promise<User | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.rows<User & Record<string, unknown>>(sql`SELECT ${USER_COLUMNS} FROM users WHERE id = ${id}`);
  return row;
}

export async function requireUser(db: Executor, username: string): Promise<User> {
  const user = await findUser(db, username);
  if (!user) throw new ProblemError(notFound(`no user "${username}"`));
  return user;
}

/** Creates a user; the input is checked with userCreateSchema (400 problem naming each field). */
export async function createUser(db: Database, input: { username: unknown; role: unknown; password: unknown }, origin: Origin): Promise<User> {
  const { username, role, password } = parseBody(userCreateSchema, input, 'invalid user');
  const passwordHash = await hashPassword(password);
  const exists = new ProblemError({ type: 'https://bonemet.dev/problems/conflict', title: 'Conflict', status: 409, detail: `user "${username}" exists` });
  return db.transaction(async (tx) => {
    if (await findUser(tx, username)) throw exists;
    const [user] = await tx.rows<User & Record<string, unknown>>(sql`INSERT INTO users (username, role, password_hash, created_by, updated_by)
      VALUES (${username}, ${role}, ${passwordHash}, ${origin.actor}, ${origin.actor}) RETURNING ${USER_COLUMNS}`);
    await audit(tx, origin, { action: 'user-create', entity: 'user', recordId: user!.id, outcome: 'allowed', detail: `role ${user!.role}` });
    return user!;
  }).catch((error: unknown) => {
    // two creations of one name at once: the unique index decides, the loser gets the same 409
    const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    throw code === '23505' ? exists : error;
  });
}

export interface UserChange {
  role?: unknown;
  disabled?: unknown;
  password?: unknown;
}

/**
 * Changes a user's role, password or disabled state; each ends the user's sessions and tokens.
 * The change is checked with userChangeSchema and the user's name (400 problem naming each field).
 */
export async function changeUser(db: Database, id: string, input: UserChange, origin: Origin): Promise<User> {
  const current = await getUser(db, id);
  if (!current) throw new ProblemError(notFound(`no user ${id}`));
  const change = parseBody(userChangeSchemaFor(current.username), input, 'invalid change to user');
  const passwordHash = change.password !== undefined ? await hashPassword(change.password) : undefined;
  return db.transaction(async (tx) => {
    const sets = [sql`updated_at = now()`, sql`updated_by = ${origin.actor}`, sql`version = version + 1`];
    const what: string[] = [];
    if (change.role !== undefined) {
      sets.push(sql`role = ${change.role}`);
      what.push(`role ${change.role}`);
    }
    if (change.disabled === true) {
      sets.push(sql`disabled_at = coalesce(disabled_at, now())`);
      what.push('disabled');
    } else if (change.disabled === false) {
      sets.push(sql`disabled_at = NULL`);
      what.push('enabled');
    }
    if (passwordHash !== undefined) {
      sets.push(sql`password_hash = ${passwordHash}`, sql`password_changed_at = now()`);
      what.push('password reset');
    }
    const [user] = await tx.rows<User & Record<string, unknown>>(sql`UPDATE users SET ${sql.join(sets, sql`, `)} WHERE id = ${id} RETURNING ${USER_COLUMNS}`);
    if (!user) throw new ProblemError(notFound(`no user ${id}`));
    const ended = await endSessionsOf(tx, id);
    const action = change.disabled === true ? 'user-disable' : passwordHash !== undefined ? 'user-reset-password' : 'user-update';
    await audit(tx, origin, { action, entity: 'user', recordId: id, outcome: 'allowed', detail: `${what.join(', ') || 'no change'}; ${ended} session(s) ended` });
    return user;
  });
}

// -- sessions and tokens -----------------------------------------------------------------------

export interface Credential {
  /** The secret to hand to the client, once. */
  secret: string;
  id: string;
  expiresAt: string;
}

export interface SessionInfo {
  id: string;
  kind: 'cookie' | 'token';
  user: User;
}

async function endSessionsOf(tx: Executor, userId: string): Promise<number> {
  const rows = await tx.rows(sql`UPDATE sessions SET revoked_at = now() WHERE user_id = ${userId} AND revoked_at IS NULL RETURNING id`);
  return rows.length;
}

async function insertSession(tx: Executor, userId: string, kind: 'cookie' | 'token', expiresMinutes: number, clientIp: string | null, name: string | null): Promise<Credential> {
  const secret = (kind === 'token' ? TOKEN_PREFIX : '') + randomBytes(32).toString('base64url');
  const [row] = await tx.rows<{ id: string; expiresAt: string }>(sql`
    INSERT INTO sessions (secret_hash, user_id, kind, name, expires_at, client_ip)
    VALUES (${secretHash(secret)}, ${userId}, ${kind}, ${name}, now() + make_interval(mins => ${expiresMinutes}), ${clientIp})
    RETURNING id::text AS id, ${utc('expires_at')} AS "expiresAt"`);
  return { secret, ...row! };
}

export interface SignInAttempt {
  username: unknown;
  password: unknown;
  clientIp: string;
  requestId?: string | null;
}

export type SignInResult =
  | { ok: true; user: User; session: Credential }
  | { ok: false; reason: 'bad-credentials' }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/**
 * Checks a user name and password. Unknown user, wrong password and disabled user answer alike
 * and take as long (a hash is always verified). Too many recent failures for the user name or
 * the address answer 'rate-limited' before any password is checked; an allowed attempt is counted
 * as a failure before its password is checked (reserveAttempt), and forgiven only by a success. Every outcome is audited;
 * a success starts a new session (a new id at every sign-in).
 */
export async function signIn(db: Database, attempt: SignInAttempt, sessions: SessionPolicy = DEFAULT_SESSION_POLICY, throttle: ThrottlePolicy = DEFAULT_THROTTLE): Promise<SignInResult> {
  const username = typeof attempt.username === 'string' ? attempt.username.slice(0, 200) : '';
  const password = typeof attempt.password === 'string' ? attempt.password.slice(0, 1024) : '';
  const origin = { clientIp: attempt.clientIp, requestId: attempt.requestId ?? null };
  // The attempt is reserved before any password is checked: checking the limit and counting the
  // attempt happen in one transaction under a lock per user name and per address, so parallel
  // guesses cannot all pass the check. The reservation stays as the failure unless the password is right.
  const reserved = await reserveAttempt(db, username, attempt.clientIp, throttle);
  if (reserved.wait > 0) {
    // unbounded in number (the throttle's own answer), so outside the chain: no chain lock per refused guess
    await recordAnonymousDenial(db, { method: 'POST', route: '/api/session', detail: `sign-in rate-limited; user name "${username}"`, clientIp: attempt.clientIp, requestId: attempt.requestId ?? null });
    return { ok: false, reason: 'rate-limited', retryAfterSeconds: reserved.wait };
  }
  const [row] = username
    ? await db.rows<{ id: string; passwordHash: string; disabled: boolean }>(sql`SELECT id::text AS id, password_hash AS "passwordHash", disabled_at IS NOT NULL AS disabled FROM users WHERE lower(username) = lower(${username})`)
    : [];
  const valid = await verifyPassword(row?.passwordHash ?? (await dummyHash()), password);
  if (!row || !valid || row.disabled) {
    await db.transaction(async (tx) => {
      const why = !row ? 'unknown user' : row.disabled ? 'disabled user' : 'wrong password';
      await appendAudit(tx, { actor: 'anonymous', ...origin, action: 'sign-in', entity: 'session', recordId: row?.id ?? null, outcome: 'denied', detail: `bad-credentials (${why}); user name "${username}"` });
    });
    return { ok: false, reason: 'bad-credentials' };
  }
  return db.transaction(async (tx) => {
    const session = await insertSession(tx, row.id, 'cookie', sessions.absoluteMinutes, attempt.clientIp, null);
    await tx.rows(sql`DELETE FROM sign_in_failures WHERE lower(username) = lower(${username})`);
    const user = (await getUser(tx, row.id))!;
    await appendAudit(tx, { actor: user.username, actorRole: user.role, ...origin, action: 'sign-in', entity: 'session', recordId: session.id, outcome: 'allowed' });
    return { ok: true as const, user, session };
  });
}

/** Advisory-lock classes (two-key form) of the throttle: one lock per user name, one per address. */
const THROTTLE_USER_LOCK = 4120152;
const THROTTLE_IP_LOCK = 4120153;

/**
 * Checks the throttle and, when it allows an attempt, records it as a failure at once, all in one
 * transaction holding the user name's and the address's locks (always in that order): of any
 * number of parallel attempts at most the limit pass. `wait` > 0: refused, nothing recorded.
 */
export async function reserveAttempt(db: Database, username: string, clientIp: string, throttle: ThrottlePolicy): Promise<{ wait: number }> {
  return db.transaction(async (tx) => {
    await tx.rows(sql`SELECT pg_advisory_xact_lock(${THROTTLE_USER_LOCK}, hashtext(lower(${username})))`);
    await tx.rows(sql`SELECT pg_advisory_xact_lock(${THROTTLE_IP_LOCK}, hashtext(${clientIp}))`);
    const wait = await throttledFor(tx, username, clientIp, throttle);
    if (wait > 0) return { wait };
    await tx.rows(sql`INSERT INTO sign_in_failures (username, client_ip) VALUES (${username}, ${clientIp})`);
    await tx.rows(sql`DELETE FROM sign_in_failures WHERE at < now() - interval '1 day'`);
    return { wait: 0 };
  });
}

/** Seconds until the throttle lets this user name and address try again (0: now). */
export async function throttledFor(db: Executor, username: string, clientIp: string, throttle: ThrottlePolicy): Promise<number> {
  const window = throttle.windowMinutes;
  const nth = async (condition: ReturnType<typeof sql>, limit: number): Promise<number> => {
    const [row] = await db.rows<{ wait: number }>(sql`
      SELECT ceil(extract(epoch FROM (at + make_interval(mins => ${window})) - now()))::int AS wait FROM sign_in_failures
      WHERE ${condition} AND at > now() - make_interval(mins => ${window}) ORDER BY at DESC OFFSET ${limit - 1} LIMIT 1`);
    return Math.max(0, row?.wait ?? 0);
  };
  return Math.max(await nth(sql`lower(username) = lower(${username})`, throttle.perUsername), await nth(sql`client_ip = ${clientIp}`, throttle.perIp));
}

/**
 * The user behind a session or token secret, if it is live: not revoked, not expired, not idle
 * for longer than the policy allows (browser sessions), and its user not disabled. Touches the
 * session (at most once a minute, to keep reads cheap).
 */
export async function resolveSession(db: Database, secret: string, kind: 'cookie' | 'token', policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<SessionInfo | undefined> {
  if (secret.length < 20 || secret.length > 200) return undefined;
  const idle = kind === 'cookie' ? sql`AND s.last_seen_at > now() - make_interval(mins => ${policy.idleMinutes})` : sql``;
  const [row] = await db.rows<{ id: string; touch: boolean; userId: string }>(sql`
    SELECT s.id::text AS id, s.user_id::text AS "userId", s.last_seen_at < now() - interval '1 minute' AS touch
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.secret_hash = ${secretHash(secret)} AND s.kind = ${kind} AND s.revoked_at IS NULL AND s.expires_at > now()
      AND u.disabled_at IS NULL ${idle}`);
  if (!row) return undefined;
  if (row.touch) await db.rows(sql`UPDATE sessions SET last_seen_at = now() WHERE id = ${row.id}`);
  const user = await getUser(db, row.userId);
  return user && !user.disabled ? { id: row.id, kind, user } : undefined;
}

/** Ends one session or token (sign-out, token revocation); audited. */
export async function endSession(db: Database, sessionId: string, origin: Origin, action = 'sign-out'): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.rows(sql`UPDATE sessions SET revoked_at = now() WHERE id = ${sessionId} AND revoked_at IS NULL RETURNING id`);
    if (rows.length) await audit(tx, origin, { action, entity: action === 'sign-out' ? 'session' : 'token', recordId: sessionId, outcome: 'allowed' });
    return rows.length > 0;
  });
}

/** A live API token as its owner's list shows it (schemas.ts: tokenInfoSchema). */
export type TokenInfo = z.output<typeof tokenInfoSchema>;

/** Issues an API token for a user (bearer); the secret is shown once. Name and days are checked with tokenRequestSchema. */
export async function issueToken(db: Database, user: User, options: { name?: string | null; days?: number }, origin: Origin, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<Credential & { name: string | null }> {
  const request = parseBody(tokenRequestSchema, { name: options.name ?? null, days: options.days ?? policy.tokenDays }, 'invalid token request');
  const name = request.name ?? null;
  const days = request.days ?? policy.tokenDays;
  return db.transaction(async (tx) => {
    const credential = await insertSession(tx, user.id, 'token', days * 24 * 60, origin.clientIp ?? null, name);
    await audit(tx, origin, { action: 'token-issue', entity: 'token', recordId: credential.id, outcome: 'allowed', detail: `for ${user.username}, ${days} days` });
    return { ...credential, name };
  });
}

export async function listTokens(db: Executor, userId: string): Promise<TokenInfo[]> {
  return db.rows<TokenInfo & Record<string, unknown>>(sql`
    SELECT id::text AS id, name, ${utc('created_at')} AS "createdAt", ${utc('expires_at')} AS "expiresAt", ${utc('last_seen_at')} AS "lastSeenAt"
    FROM sessions WHERE user_id = ${userId} AND kind = 'token' AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at`);
}

export async function tokenOwner(db: Executor, tokenId: string): Promise<string | undefined> {
  if (!UUID.test(tokenId)) return undefined;
  const [row] = await db.rows<{ userId: string }>(sql`SELECT user_id::text AS "userId" FROM sessions WHERE id = ${tokenId} AND kind = 'token' AND revoked_at IS NULL`);
  return row?.userId;
}
