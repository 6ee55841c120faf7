import type { Problem } from '../boundary/problem.js';

/** A stale update: the client's version is not the stored one (RFC 9457 extension member). */
export interface ConflictProblem extends Problem {
  currentVersion: number;
}

export function conflict(detail: string, currentVersion: number): ConflictProblem {
  return { type: 'https://bonemet.dev/problems/conflict', title: 'Conflict', status: 409, detail, currentVersion };
}

export function forbidden(detail: string): Problem {
  return { type: 'https://bonemet.dev/problems/forbidden', title: 'Forbidden', status: 403, detail };
}

export function preconditionRequired(detail: string): Problem {
  return { type: 'https://bonemet.dev/problems/precondition-required', title: 'Precondition required', status: 428, detail };
}

/** A value that must be unique is taken (409, naming the field so a form can mark it). */
export function duplicate(detail: string, path: string, message: string): Problem {
  return { type: 'https://bonemet.dev/problems/duplicate', title: 'Conflict', status: 409, detail, errors: [{ path, message, code: 'duplicate' }] };
}
