import { webText as W } from '../../i18n/web/ui.js';
import type { Localized } from '../../i18n/lang.js';
import type { FieldError } from '../../boundary/problem.js';

/** A zod issue as the core throws it (no zod import needed to read one). */
export interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  divisor?: number;
  expected?: string;
}

export function issuesOf(error: unknown): Issue[] | null {
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray((error as { issues: unknown }).issues)) {
    return (error as { issues: Issue[] }).issues;
  }
  return null;
}

type T = (text: Localized, params?: Record<string, string | number>) => string;

/** The issue in the user's language, with the accepted values when the schema lists them. */
export function issueMessage(issue: Issue, t: T): string {
  switch (issue.code) {
    case 'invalid_value':
      return `${issue.input === undefined ? `${t(W.errors.required)} ` : ''}${t(W.errors.accepted, { values: (issue.values ?? []).map(String).join(', ') })}`;
    case 'invalid_type':
      if (issue.input === undefined) return t(W.errors.required);
      return issue.expected === 'number' ? t(W.errors.notNumber) : issue.message;
    case 'too_small':
      return t(W.errors.tooSmall, { min: String(issue.minimum) });
    case 'too_big':
      return t(W.errors.tooBig, { max: String(issue.maximum) });
    case 'not_multiple_of':
      return t(W.errors.notMultiple, { step: String(issue.divisor) });
    default:
      return issue.message;
  }
}

/** Issues by field path (`sections.walking`, `level`), in the user's language. */
export function issuesByPath(issues: readonly Issue[], t: T): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    map.set(key, [...(map.get(key) ?? []), issueMessage(issue, t)]);
  }
  return map;
}

/** A server field error in the user's language, from its code (the English message when the code is unknown). */
export function fieldErrorText(error: FieldError, t: T): string {
  switch (error.code) {
    case 'required':
      return t(W.errors.required);
    case 'too_small':
      return t(W.errors.tooSmall, { min: String(error.limit ?? '') });
    case 'too_big':
      return t(W.errors.tooBig, { max: String(error.limit ?? '') });
    case 'not_multiple_of':
      return t(W.errors.invalid);
    case 'invalid_value':
      return t(W.errors.notAccepted);
    case 'invalid_type':
      return error.expected === 'number' ? t(W.errors.notNumber) : t(W.errors.invalid);
    case 'invalid_format':
      return t(W.errors.invalidDate);
    case 'duplicate':
      return error.path.endsWith('code') ? t(W.errors.duplicateCode) : error.message;
    case 'future':
      return typeof error.limit === 'number' ? t(W.errors.futureYear) : t(W.errors.future);
    case 'before-birth':
      return t(W.errors.beforeBirth, { year: String(error.limit ?? '') });
    default:
      return error.message;
  }
}
