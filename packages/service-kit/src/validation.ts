import { z } from 'zod';
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

/**
 * A date in a request: an RFC 3339 date-time with its offset (`2026-03-01T09:00:00+01:00`) or a
 * calendar day (`2026-03-01`, midnight UTC). Numbers are refused (a coerced `12345` would be
 * 12 seconds after 1970), and the OpenAPI document says `format: date-time` / `date`.
 */
export const dateInput = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value));
