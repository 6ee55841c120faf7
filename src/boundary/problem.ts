import type { z } from 'zod';
import type { Lang } from '../i18n/lang.js';
import { isText, renderText } from '../knowledge/text.js';

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
  /** invalid_type: the type the field takes (`number`, `string` …), so a client can say "enter a number". */
  expected?: string;
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
  /** A 5xx names the request id it was logged under (server/log.ts). */
  requestId?: string;
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

/** Longest piece of the input an error message repeats: a problem names the field, it does not echo the input. */
export const ECHO_MAX = 60;
/** Most field errors one problem lists (the detail says how many there were). */
export const ERRORS_MAX = 50;

/** A piece of the input as an error message may quote it: at most ECHO_MAX characters. */
export function clipEcho(text: string, max = ECHO_MAX): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((v) => (typeof v === 'string' ? `"${clipEcho(v)}"` : clipEcho(String(v)))).join(', ');
  return values.length > 10 ? `${shown}, … (${values.length} in all)` : shown;
}

/**
 * An issue in words. A custom check of the core may carry its message as a language-neutral text
 * (`params.text`): rendered in `lang` when one is given, else the check's own English message.
 */
function describeIssue(issue: z.core.$ZodIssue, lang?: Lang): string {
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
    case 'custom':
      return lang && isText(issue.params?.text) ? renderText(issue.params.text, lang) : issue.message;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${clipEcho(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * The first ERRORS_MAX issues as field errors (paths and messages clipped: never the whole input back);
 * a custom check's text in `lang` when given.
 */
export function fieldErrors(error: z.ZodError, root = 'input', lang?: Lang): FieldError[] {
  return error.issues.slice(0, ERRORS_MAX).map((issue) => ({ path: clipEcho(formatPath(issue.path, root), 200), message: clipEcho(describeIssue(issue, lang), 400) }));
}

/** Field errors with their `code` (and `limit`), for clients that word the message themselves (the registry API). */
export function codedFieldErrors(error: z.ZodError, root = 'input', lang?: Lang): FieldError[] {
  return error.issues.slice(0, ERRORS_MAX).map((issue) => ({
    path: clipEcho(formatPath(issue.path, root), 200),
    message: clipEcho(describeIssue(issue, lang), 400),
    code: (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) || (issue.code === 'too_small' && issue.input === '') ? 'required' : issue.code,
    ...(issue.code === 'too_small' ? { limit: Number(issue.minimum) } : issue.code === 'too_big' ? { limit: Number(issue.maximum) } : {}),
    ...(issue.code === 'invalid_type' && issue.input !== undefined ? { expected: String(issue.expected) } : {}),
  }));
}

export function validationProblem(error: z.ZodError, detail: string, root = 'input', coded = false, lang?: Lang): Problem {
  const errors = coded ? codedFieldErrors(error, root, lang) : fieldErrors(error, root, lang);
  const n = error.issues.length;
  return {
    type: 'https://bonemet.dev/problems/validation',
    title: 'Invalid input',
    status: 400,
    detail: `${detail}: ${n} invalid field${n === 1 ? '' : 's'}${n > errors.length ? ` (the first ${errors.length} listed)` : ''}`,
    errors,
  };
}

export function badRequest(detail: string, errors?: FieldError[]): Problem {
  return { type: 'https://bonemet.dev/problems/bad-request', title: 'Bad request', status: 400, detail, ...(errors ? { errors } : {}) };
}

export function notFound(detail: string): Problem {
  return { type: 'https://bonemet.dev/problems/not-found', title: 'Not found', status: 404, detail };
}
