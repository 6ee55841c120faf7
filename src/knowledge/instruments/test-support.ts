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
