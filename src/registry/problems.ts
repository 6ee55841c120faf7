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
