import { webText as W } from '../../i18n/web/ui.js';
import type { Lang, Localized } from '../../i18n/lang.js';
import type { FieldError } from '../../boundary/problem.js';
import { isText, renderText } from '../../knowledge/texts.js';

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
  /** A custom check of the core may give its message as a language-neutral text (`params.text`). */
  params?: { text?: unknown };
}

export function issuesOf(error: unknown): Issue[] | null {
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray((error as { issues: unknown }).issues)) {
    return (error as { issues: Issue[] }).issues;
  }
  return null;
}

type T = (text: Localized, params?: Record<string, string | number>) => string;

/** A code's label in the user's language, when the form knows it (a select's option). */
export type ValueLabel = (path: string, value: string) => string | undefined;

/** Whether nothing was given (zod reports the input only when asked; its message says "received undefined"). */
const missing = (issue: Issue): boolean =>
  'input' in issue ? issue.input === undefined || issue.input === null : /received undefined/.test(issue.message);

/** At most this many accepted values are listed in a message; longer lists say "choose from the list". */
const LISTED_VALUES = 6;

/**
 * The issue in the user's language, in plain words: accepted values by their labels (never
 * codes; a long list is not spelled out), a missing text is "required", not a character count.
 * A custom check's text is rendered in `lang`; without `lang` (or a text) its English message is shown.
 */
export function issueMessage(issue: Issue & { origin?: string; format?: string }, t: T, labelOf?: ValueLabel, lang?: Lang): string {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      const labels = values.map((v) => labelOf?.(path, v));
      const listed = values.length <= LISTED_VALUES && labels.every((l) => l !== undefined)
        ? t(W.errors.accepted, { values: labels.join(t(W.errors.listJoin)) })
        : t(W.errors.chooseListed);
      // a value the list does not hold, or none: either way the list is the answer
      return listed;
    }
    case 'invalid_type':
      if (missing(issue)) return t(W.errors.required);
      return issue.expected === 'number' ? t(W.errors.notNumber) : t(W.errors.invalid);
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) <= 1) return t(W.errors.required);
      return t(W.errors.tooSmall, { min: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string' ? t(W.errors.tooLong, { max: String(issue.maximum) }) : t(W.errors.tooBig, { max: String(issue.maximum) });
    case 'not_multiple_of':
      return t(W.errors.notMultiple, { step: String(issue.divisor) });
    case 'invalid_format':
      return issue.format === 'date' ? t(W.errors.invalidDate) : t(W.errors.invalid);
    case 'unrecognized_keys':
    case 'invalid_union':
      return t(W.errors.invalid);
    default: {
      // custom checks of the core: plain sentences naming what is accepted
      const text = issue.params?.text;
      return lang && isText(text) ? renderText(text, lang) : issue.message;
    }
  }
}

/** Issues by field path (`sections.walking`, `level`), in the user's language. */
export function issuesByPath(issues: readonly Issue[], t: T, labelOf?: ValueLabel, lang?: Lang): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    map.set(key, [...(map.get(key) ?? []), issueMessage(issue, t, labelOf, lang)]);
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
