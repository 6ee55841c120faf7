import { ZodError } from 'zod';
import { fieldErrors, type FieldError } from '../../boundary/problem.js';

/** The field errors a validation failure reports, as the CLI and API would show them. */
export function problemOf(run: () => unknown): FieldError[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ZodError) return fieldErrors(error);
    throw error;
  }
  throw new Error('expected a validation error, got a result');
}

/** Runs `check` over every input; the first few problems, each with its input ([] when none). */
export function failures<I>(inputs: Iterable<I>, check: (input: I) => string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    for (const problem of check(input)) if (out.length < 5) out.push(`${JSON.stringify(input)}: ${problem}`);
  }
  return out;
}
