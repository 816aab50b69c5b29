import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const HEADER = 'x-request-id';
// Accept a caller's id only if it is short and harmless to log.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The caller's X-Request-Id (the gateway's) when acceptable, or a new one. A random UUID: it
 * only has to be unique, and node's comes from a pooled entropy buffer, cheap on every request.
 */
export function requestIdFor(given: string | undefined): string {
  return given !== undefined && ACCEPTABLE.test(given) ? given : randomUUID();
}

/** Takes the caller's X-Request-Id (the gateway's) or makes one; pino-http logs it as req.id. */
export const requestId: RequestHandler = (req, res, next) => {
  const id = requestIdFor(req.get(HEADER));
  req.id = id;
  res.setHeader('X-Request-Id', id);
  next();
};
