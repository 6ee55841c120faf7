import type { FieldError } from './problem.js';

/**
 * Text that no store can keep as sent: a NUL character (PostgreSQL text and jsonb refuse U+0000),
 * a lone surrogate (it would silently become U+FFFD). Found
 * anywhere in a parsed body, query or path — values and keys — before anything is stored or
 * looked up, so the answer is a 400 naming the field rather than a database error (500).
 */
export function textIssue(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains a lone surrogate (\\ud800–\\udfff without its pair): not Unicode text, it would be stored as U+FFFD';
  return undefined;
}

/** Half of a UTF-16 surrogate pair without the other half (JSON can carry one: "\ud800"). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MAX_ISSUES = 20;
/** Deeper JSON than any bonemet body (the facts are a few levels) is refused rather than walked. */
export const MAX_DEPTH = 64;

/**
 * Every string in `value` (values and keys, at any depth) that textIssue refuses, as field errors
 * under `root`; a value nested deeper than MAX_DEPTH is an error too. Iterative: a body of
 * thousands of nested arrays cannot overflow the stack.
 */
export function textErrors(value: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: root, depth: 0 }];
  while (stack.length && errors.length < MAX_ISSUES) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      const issue = textIssue(v);
      if (issue) errors.push({ path, message: issue });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      errors.push({ path, message: `nested more than ${MAX_DEPTH} levels deep` });
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      const keyIssue = textIssue(key);
      const safeKey = keyIssue ? JSON.stringify(key.slice(0, 40)) : key;
      if (keyIssue) errors.push({ path: `${path}.${safeKey}`, message: `field name ${keyIssue}` });
      stack.push({ v: item, path: `${path}.${safeKey}`, depth: depth + 1 });
    }
  }
  return errors;
}
