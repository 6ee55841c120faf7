import type { z } from 'zod';

/** One bad field: where it is (a JSON path such as `lesions[0].level`) and what was wrong. */
export interface FieldError {
  path: string;
  message: string;
  /**
   * What was wrong, for clients that word the message themselves (the web workspace, in three
   * languages): a zod issue code (`too_small`, `invalid_type` …) or a registry rule (`duplicate`,
   * `future`, `before-birth`); `limit` is the bound of a too_small/too_big.
   */
  code?: string;
  limit?: number | string;
}

/**
 * The one error currency of bonemet (RFC 9457 problem details): the API answers it with its
 * status, the CLI prints it and exits with code 2.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

export function formatPath(path: readonly PropertyKey[], root = 'input'): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    root,
  );
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required (${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.input === undefined
        ? `required; accepted: ${quoteList(issue.values)}`
        : `${describeValue(issue.input)} is not accepted; accepted: ${quoteList(issue.values)}`;
    case 'too_small':
      return `${describeValue(issue.input)} is too small; minimum ${issue.inclusive === false ? '> ' : ''}${String(issue.minimum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `${describeValue(issue.input)} is too big; maximum ${issue.inclusive === false ? '< ' : ''}${String(issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'not_multiple_of':
      return `${describeValue(issue.input)} is not a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${quoteList(issue.keys)}`;
    case 'invalid_union':
      return issue.message;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}

export function fieldErrors(error: z.ZodError, root = 'input'): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, root), message: describeIssue(issue) }));
}

/** Field errors with their `code` (and `limit`), for clients that word the message themselves (the registry API). */
export function codedFieldErrors(error: z.ZodError, root = 'input'): FieldError[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path, root),
    message: describeIssue(issue),
    code: (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) || (issue.code === 'too_small' && issue.input === '') ? 'required' : issue.code,
    ...(issue.code === 'too_small' ? { limit: Number(issue.minimum) } : issue.code === 'too_big' ? { limit: Number(issue.maximum) } : {}),
  }));
}

export function validationProblem(error: z.ZodError, detail: string, root = 'input', coded = false): Problem {
  const errors = coded ? codedFieldErrors(error, root) : fieldErrors(error, root);
  return {
    type: 'https://bonemet.dev/problems/validation',
    title: 'Invalid input',
    status: 400,
    detail: `${detail}: ${errors.length} invalid field${errors.length === 1 ? '' : 's'}`,
    errors,
  };
}

export function badRequest(detail: string, errors?: FieldError[]): Problem {
  return { type: 'https://bonemet.dev/problems/bad-request', title: 'Bad request', status: 400, detail, ...(errors ? { errors } : {}) };
}

export function notFound(detail: string): Problem {
  return { type: 'https://bonemet.dev/problems/not-found', title: 'Not found', status: 404, detail };
}
