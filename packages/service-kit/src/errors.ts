import { defineErrors } from '@fabrique/contracts';

export { AppError, defineErrors, type ErrorFactory, type ErrorSpec } from '@fabrique/contracts';

/** Codes every service may answer, whatever its domain. */
export const commonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  BAD_CURSOR: { status: 400, title: 'This page cursor is not valid' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'You may not do this' },
  NOT_FOUND: { status: 404, title: 'Nothing here' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Send the request body as application/json' },
  INTERNAL: { status: 500, title: 'Something went wrong on our side' },
  UNAVAILABLE: { status: 503, title: 'The service is not ready' },
  STORE_UNAVAILABLE: { status: 503, title: 'The database cannot be reached; try again shortly' },
  AUTH_UNAVAILABLE: { status: 503, title: 'Access tokens cannot be checked right now' },
  BROKER_UNAVAILABLE: {
    status: 503,
    title: 'The message broker cannot be reached; try again shortly',
  },
});
