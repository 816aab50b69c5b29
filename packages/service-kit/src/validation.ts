import type { z } from 'zod';
import { commonErrors } from './errors.js';

/**
 * Parses input against a zod schema; on failure throws VALIDATION_FAILED listing every bad
 * field (path and message), so a form can show them all at once.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'request body',
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  throw commonErrors.VALIDATION_FAILED(`The ${what} has ${errors.length} invalid field(s).`, {
    errors,
  });
}
