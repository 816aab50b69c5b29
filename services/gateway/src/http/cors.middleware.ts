import type { RequestHandler } from 'express';
import cors from 'cors';

/**
 * Cross-origin calls only from the listed origins, with credentials; an empty list allows
 * none (the web UI is served from the gateway's own origin). Clients may read X-Request-Id
 * to quote it when they report a problem.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  return cors({
    origin: [...origins],
    credentials: true,
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
}
