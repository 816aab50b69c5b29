import { z } from 'zod';

/** Stable error codes are SCREAMING_SNAKE_CASE and never reused for another meaning. */
export const ERROR_CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details, as every service answers errors (`application/problem+json`). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().regex(ERROR_CODE_PATTERN),
  requestId: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
});

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemTypeOf(code: string): string {
  return `urn:fabrique:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}
