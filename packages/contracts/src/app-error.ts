import type { FieldError } from './problem.js';

/**
 * An error with a stable code and HTTP status; the problem+json middleware of service-kit
 * turns it into a response. Pure, so that domain code can throw it.
 */
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

/** Every code declared in this process, with its status: what the OpenAPI document lists. */
const declared = new Map<string, ErrorSpec>();

/** The status and title of a declared code; undefined for a code nobody declared. */
export const errorSpecOf = (code: string): ErrorSpec | undefined => declared.get(code);

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
    if (!declared.has(code)) declared.set(code, spec);
    factories[code] = (detail, extra) =>
      new AppError(code, spec.status, spec.title, detail, extra?.errors, { cause: extra?.cause });
  }
  return factories as { [K in keyof T]: ErrorFactory };
}
