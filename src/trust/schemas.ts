import { z } from 'zod';
import { ProblemError, validationProblem } from '../boundary/problem.js';
import type { ChainReport } from './audit.js';
import { PASSWORD_MAX, PASSWORD_MIN, passwordIssues } from './password.js';
import { ROLES } from './roles.js';

/**
 * What the sign-in, token and user routes accept and answer, as zod schemas: the HTTP boundary
 * (server/routes/session.ts, users.ts) and the account functions (accounts.ts, also behind the CLI) validate with
 * these, and /openapi.json is generated from them. The password rule itself is passwordIssues
 * (password.ts); the schemas apply it, so it is written once.
 */

/** 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit (compared case-insensitively). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export const usernameSchema = z
  .string()
  .regex(USERNAME_PATTERN, {
    error: (issue) => `"${String(issue.input).slice(0, 64)}" is not accepted: 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit`,
  })
  .describe('User name: 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit; unique regardless of case');

export const roleSchema = z.enum(ROLES).describe('Role: clinician (all patient data), researcher (de-identified reads, analyses, exports), admin (clinician + users and audit)');

/**
 * A new password: passwordIssues' length rule, counted in characters (code points, as JSON
 * Schema's minLength does). Whether it contains the user name is checked where the name is known.
 */
export const passwordSchema = z
  .string()
  .superRefine((password, ctx) => {
    for (const issue of passwordIssues(password)) ctx.addIssue({ code: 'custom', message: issue.message });
  })
  .meta({
    description: `Password: ${PASSWORD_MIN}–${PASSWORD_MAX} characters, any characters, not containing the user name (ASVS 5.0 V6.2)`,
    minLength: PASSWORD_MIN,
    maxLength: PASSWORD_MAX,
  });

/** The part of the password rule that needs the user name, as an issue at `password`. */
function checkNameInPassword(ctx: z.core.$RefinementCtx, password: string, username: string): void {
  if (passwordIssues(password).length) return; // the field's own issues are reported already
  for (const issue of passwordIssues(password, username)) ctx.addIssue({ code: 'custom', path: ['password'], message: issue.message });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// -- requests ----------------------------------------------------------------------------------

export const signInSchema = z
  .strictObject({
    username: z.string().describe('User name (case-insensitive)'),
    password: z.string().describe('Password'),
  })
  .describe('Sign-in: an unknown user, a wrong password and a disabled user get the same 401');

export const tokenRequestSchema = z
  .strictObject({
    name: z.string().max(100).nullable().optional().describe('A label for the token, at most 100 characters (for the owner’s list)'),
    days: z.number().min(1, { abort: true }).max(365, { abort: true }).int().optional().describe('Days until the token expires: an integer 1–365 (default: the server’s token lifetime, 30 days)'),
  })
  .describe('An API token request (from a signed-in browser session)');

export const userCreateSchema = z
  .strictObject({ username: usernameSchema, role: roleSchema, password: passwordSchema })
  .superRefine((user, ctx) => checkNameInPassword(ctx, user.password, user.username), {
    // also when the role is wrong, so that every problem is reported at once
    when: ({ value }) => isRecord(value) && typeof value.username === 'string' && typeof value.password === 'string',
  })
  .describe('A new user');

export const userChangeSchema = z
  .strictObject({
    role: roleSchema.optional(),
    disabled: z.boolean().optional().describe('true: disable the user (ends their sessions and tokens); false: enable again'),
    password: passwordSchema.optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), { message: 'nothing to change: send "role", "disabled" or "password"' })
  .meta({ description: 'A change to a user: any of role, disabled, password (each ends the user’s sessions and tokens)', minProperties: 1 });

/** userChangeSchema for one user: a new password must not contain their name. */
export function userChangeSchemaFor(username: string) {
  return userChangeSchema.superRefine((change, ctx) => {
    if (change.password !== undefined) checkNameInPassword(ctx, change.password, username);
  });
}

/** The body parsed by `schema`, or a 400 problem naming each bad field as `body.<path>`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, detail: string): z.output<S> {
  const parsed = schema.safeParse(body, { reportInput: true }); // the input, for messages such as `"nurse" is not accepted`
  if (!parsed.success) throw new ProblemError(validationProblem(parsed.error, detail, 'body'));
  return parsed.data;
}

// -- answers -----------------------------------------------------------------------------------

const timestamp = z.string().describe('UTC timestamp (ISO 8601, milliseconds)');

export const userSchema = z
  .object({
    id: z.uuid().describe('User id'),
    username: z.string().describe('User name'),
    role: roleSchema,
    disabled: z.boolean().describe('Disabled users cannot sign in; their sessions and tokens are ended'),
    createdAt: timestamp,
    updatedAt: timestamp,
    version: z.number().int().describe('Incremented by every change'),
  })
  .describe('A user (never their password or its hash)');

export const sessionUserSchema = userSchema.pick({ id: true, username: true, role: true }).describe('The signed-in user');

export const signedInSchema = z
  .object({ user: sessionUserSchema, expiresAt: timestamp.describe('When the session ends at the latest (earlier when idle for longer than the idle timeout, 30 minutes by default)') })
  .describe('A new browser session; its secret is in the Set-Cookie header only');

export const sessionStateSchema = z
  .object({ user: sessionUserSchema, via: z.enum(['cookie', 'token']).describe('How the request was authenticated') })
  .describe('Who the request is signed in as');

export const tokenInfoSchema = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    createdAt: timestamp,
    expiresAt: timestamp,
    lastSeenAt: timestamp,
  })
  .describe('A live API token of the caller (never its secret)');

export const issuedTokenSchema = z
  .object({
    token: z.string().describe('The secret (bmt_…), shown only in this answer: send it as Authorization: Bearer <token>'),
    id: z.uuid(),
    name: z.string().nullable(),
    expiresAt: timestamp,
  })
  .describe('A new API token');

export const chainReportSchema: z.ZodType<ChainReport> = z
  .object({
    ok: z.boolean(),
    rows: z.number().int().describe('Audit rows covered by the seals checked'),
    seals: z.number().int().describe('Seals checked (each recomputed under the audit key)'),
    head: z.string().describe("The last seal's hash"),
    pending: z.number().int().describe('Rows written after the last seal (the last second or two), not yet sealed'),
    checkpoint: z.object({ seq: z.number().int(), at: z.string() }).optional().describe('The newest signed checkpoint the seals were checked against'),
    firstBreak: z
      .object({
        seal: z.number().int().describe('The first seal that does not hold (0: the checkpoint itself)'),
        reason: z.enum(['hash', 'rows', 'prev-hash', 'gap', 'checkpoint', 'checkpoint-signature']),
        ids: z.string().describe('The audit row ids the seal covers'),
        expected: z.string(),
        found: z.string(),
      })
      .optional(),
  })
  .describe('The keyed audit chain, every seal recomputed from the first, checked against the newest checkpoint');
