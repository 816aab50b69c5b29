import type { Localized } from './localized.js';

/** A field's problem, in every language (the problem+json answer keeps the caller's one). */
export interface LocalizedFieldError {
  path: string;
  message: Localized;
}

/**
 * An error with a stable code and HTTP status; the problem+json middleware of service-kit
 * turns it into a response in the caller's language. Pure, so that domain code can throw it.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: Localized,
    readonly detail?: Localized,
    readonly errors?: LocalizedFieldError[],
    options?: { cause?: unknown },
  ) {
    // The message is for logs, which are in English.
    super(detail?.en ?? title.en, options);
  }
}

export interface ErrorSpec {
  status: number;
  title: Localized;
}

export type ErrorFactory = (
  detail?: Localized,
  extra?: { errors?: LocalizedFieldError[]; cause?: unknown },
) => AppError;

/** Every code declared in this process, with its status: what the OpenAPI document lists. */
const declared = new Map<string, ErrorSpec>();

/** The status and title of a declared code; undefined for a code nobody declared. */
export const errorSpecOf = (code: string): ErrorSpec | undefined => declared.get(code);

/**
 * Declares a service's error codes once, e.g.
 * `const errors = defineErrors({ EMAIL_TAKEN: { status: 409, title: { fr: '…', en: '…' } } })`,
 * then `throw errors.EMAIL_TAKEN({ fr: '…', en: '…' })`.
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
