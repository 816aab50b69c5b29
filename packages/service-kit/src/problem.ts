import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import vary from 'vary';
import {
  PROBLEM_CONTENT_TYPE,
  problemTypeOf,
  type Locale,
  type Problem,
} from '@fabrique/contracts';
import { AppError, commonErrors } from './errors.js';
import { localeOf } from './locale.js';
import type { Logger } from './logger.js';
import { outageOf, RETRY_AFTER_SECONDS } from './outages.js';

/** The RFC 9457 body of an error, about the request at `instance`, in the caller's language. */
export function problemOf(
  error: AppError,
  instance: string,
  locale: Locale,
  requestId?: string,
): Problem {
  return {
    type: problemTypeOf(error.code),
    title: error.title[locale],
    status: error.status,
    code: error.code,
    ...(error.detail !== undefined && { detail: error.detail[locale] }),
    ...(error.errors !== undefined && {
      errors: error.errors.map(({ path, message }) => ({ path, message: message[locale] })),
    }),
    instance,
    ...(requestId !== undefined && { requestId }),
  };
}

/** The headers of every problem: its language, that it depends on the asked one, and Retry-After. */
function setProblemHeaders(res: ServerResponse, status: number, locale: Locale): void {
  // Every 503 is temporary (not ready, a dependency down): say when to come back.
  if (status === 503 && !res.getHeader('Retry-After'))
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.setHeader('Content-Language', locale);
  vary(res, 'Accept-Language');
}

/**
 * Writes an error as problem+json on a bare Node response (the gateway's fast path), in the
 * language the request asks for (French by default).
 */
export function writeProblem(
  req: IncomingMessage,
  res: ServerResponse,
  error: AppError,
  details: { instance: string; requestId?: string },
): void {
  const locale = localeOf(req.headers);
  setProblemHeaders(res, error.status, locale);
  res.statusCode = error.status;
  res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  res.end(JSON.stringify(problemOf(error, details.instance, locale, details.requestId)));
}

/** Answers an error as problem+json in the caller's language (French by default). */
export function sendProblem(res: Response, error: AppError): void {
  const requestId = typeof res.req.id === 'string' ? res.req.id : undefined;
  const locale = localeOf(res.req.headers);
  setProblemHeaders(res, error.status, locale);
  const problem = problemOf(error, res.req.originalUrl, locale, requestId);
  // Through res.send, where idempotency keeps the answer for a retry.
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
  throw commonErrors.NOT_FOUND({
    fr: `Aucune route pour ${req.method} ${req.path}`,
    en: `No route for ${req.method} ${req.path}`,
  });
};
