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

/** Every string in `value` (values and keys, at any depth) that textIssue refuses, as field errors under `root`. */
export function textErrors(value: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  const walk = (v: unknown, path: string): void => {
    if (errors.length >= MAX_ISSUES) return;
    if (typeof v === 'string') {
      const issue = textIssue(v);
      if (issue) errors.push({ path, message: issue });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length && errors.length < MAX_ISSUES; i++) walk(v[i], `${path}[${i}]`);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const keyIssue = textIssue(key);
        const safeKey = keyIssue ? JSON.stringify(key.slice(0, 40)) : key;
        if (keyIssue) errors.push({ path: `${path}.${safeKey}`, message: `field name ${keyIssue}` });
        walk(item, `${path}.${safeKey}`);
      }
    }
  };
  walk(value, root);
  return errors;
}
