import type { FieldError } from '@fabrique/contracts';

/** An error with a stable code that the problem+json middleware turns into a response. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    options?: { cause?: unknown },
  ) {
    super(detail ?? title, options);
  }
}

export interface ErrorSpec {
  status: number;
  title: string;
}

export type ErrorFactory = (
  detail?: string,
  extra?: { errors?: FieldError[]; cause?: unknown },
) => AppError;

/**
 * Declares a service's error codes once, e.g.
 * `const errors = defineErrors({ EMAIL_TAKEN: { status: 409, title: '…' } })`, then
 * `throw errors.EMAIL_TAKEN('…')`.
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(
  specs: T,
): { [K in keyof T]: ErrorFactory } {
  const factories: Record<string, ErrorFactory> = {};
  for (const [code, spec] of Object.entries(specs)) {
    factories[code] = (detail, extra) =>
      new AppError(code, spec.status, spec.title, detail, extra?.errors, { cause: extra?.cause });
  }
  return factories as { [K in keyof T]: ErrorFactory };
}

/** Codes every service may answer, whatever its domain. */
export const commonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'You may not do this' },
  NOT_FOUND: { status: 404, title: 'Nothing here' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Send the request body as application/json' },
  INTERNAL: { status: 500, title: 'Something went wrong on our side' },
  UNAVAILABLE: { status: 503, title: 'The service is not ready' },
});
