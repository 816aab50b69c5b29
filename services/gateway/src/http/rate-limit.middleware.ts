import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { gatewayErrors } from './gateway.errors.js';

export interface RateLimitOptions {
  windowMs: number;
  /** Requests per window and client IP on every /api route. */
  max: number;
  /** Requests per window and client IP on /api/auth (password guessing, token churn). */
  authMax: number;
}

/**
 * Counters live in this process's memory, so each replica counts on its own: with N replicas
 * a client gets up to N times the limit. That is acceptable for abuse damping; a shared store
 * (e.g. Redis) would be needed for exact quotas. The client IP honours `trust proxy`.
 */
function limiter(name: string, windowMs: number, limit: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    identifier: name,
    // RateLimit/RateLimit-Policy headers (IETF draft 8, named so both limits can be told
    // apart) and Retry-After on 429.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(gatewayErrors.RATE_LIMITED(`More than ${limit} requests in ${windowMs / 1000} s.`));
    },
  });
}

export function rateLimits(options: RateLimitOptions): {
  general: RequestHandler;
  auth: RequestHandler;
} {
  return {
    general: limiter('general', options.windowMs, options.max),
    auth: limiter('auth', options.windowMs, options.authMax),
  };
}
