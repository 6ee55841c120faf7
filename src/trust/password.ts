import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { FieldError } from '../boundary/problem.js';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration: m = 19 MiB,
 * t = 2, p = 1 (about 80 ms here). The PHC string stores the parameters and the salt, so they
 * can be raised later without invalidating stored hashes.
 */
export const ARGON2_PARAMS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the user does not exist, so both answers take as long. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('bonemet: no such user, the same work all the same');
  return dummy;
}

/** ASVS 5.0 V6.2: at least 12 characters (any characters, no composition rules), at most 256. */
export function passwordIssues(password: unknown, username?: string, path = 'body.password'): FieldError[] {
  if (typeof password !== 'string') return [{ path, message: 'required (string)' }];
  const length = [...password].length;
  if (length < PASSWORD_MIN) return [{ path, message: `too short: ${length} characters; minimum ${PASSWORD_MIN}` }];
  if (length > PASSWORD_MAX) return [{ path, message: `too long: maximum ${PASSWORD_MAX} characters` }];
  if (username !== undefined && password.toLowerCase().includes(username.toLowerCase())) return [{ path, message: 'must not contain the user name' }];
  return [];
}
