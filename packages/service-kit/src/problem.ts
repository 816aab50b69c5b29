import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problemTypeOf, type Problem } from '@fabrique/contracts';
import { AppError, commonErrors } from './errors.js';
import type { Logger } from './logger.js';
import { outageOf, RETRY_AFTER_SECONDS } from './outages.js';

/** The RFC 9457 body of an error, about the request at `instance`. */
export function problemOf(error: AppError, instance: string, requestId?: string): Problem {
  return {
    type: problemTypeOf(error.code),
    title: error.title,
    status: error.status,
    code: error.code,
    ...(error.detail !== undefined && { detail: error.detail }),
    ...(error.errors !== undefined && { errors: error.errors }),
    instance,
    ...(requestId !== undefined && { requestId }),
  };
}

export function sendProblem(res: Response, error: AppError): void {
  const requestId = typeof res.req.id === 'string' ? res.req.id : undefined;
  // Every 503 is temporary (not ready, a dependency down): say when to come back.
  if (error.status === 503 && !res.get('Retry-After'))
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
  const problem = problemOf(error, res.req.originalUrl, requestId);
  res.status(error.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** Body-parser failures carry a `type`; map the ones a client can fix to stable codes. */
function fromBodyParser(error: unknown): AppError | undefined {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.parse.failed') return commonErrors.MALFORMED_JSON();
  if (type === 'entity.too.large') return commonErrors.PAYLOAD_TOO_LARGE();
  if (type === 'encoding.unsupported' || type === 'charset.unsupported')
    return commonErrors.UNSUPPORTED_MEDIA_TYPE();
  return undefined;
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = error instanceof AppError ? error : fromBodyParser(error);
    if (known) return sendProblem(res, known);
    const outage = outageOf(error);
    if (outage) {
      // A dependency is down, not a bug: the request may be retried once it is back.
      logger.warn({ err: error, requestId: req.id, code: outage.code }, 'dependency unavailable');
      return sendProblem(res, outage);
    }
    // Unknown errors are logged with the request id; the client learns nothing internal.
    logger.error({ err: error, requestId: req.id }, 'unhandled error');
    sendProblem(res, commonErrors.INTERNAL());
  };
}

export const notFoundHandler: RequestHandler = (req) => {
  throw commonErrors.NOT_FOUND(`No route for ${req.method} ${req.path}`);
};
