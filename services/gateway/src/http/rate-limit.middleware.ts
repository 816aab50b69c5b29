import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { gatewayErrors } from './gateway.errors.js';

export interface RateLimitOptions {
  windowMs: number;
  /** Requests per window and client IP on every /api route. */
  max: number;
  /** Requests per window and client IP on /api/auth (password guessing, token churn). */
  authMax: number;
}

interface Window {
  startedAt: number;
  hits: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetS: number;
}

/**
 * A fixed window per client: at most `limit` requests in each `windowMs`. Counters live in
 * this process's memory, so each replica counts on its own: with N replicas a client gets up
 * to N times the limit, acceptable for abuse damping (exact quotas would need a shared store).
 * Both the express path and the gateway's fast path (fast-proxy.ts) count on the same windows.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep = 0;

  constructor(
    readonly name: string,
    private readonly windowMs: number,
    private readonly limit: number,
  ) {}

  take(client: string, now = Date.now()): RateDecision {
    this.sweep(now);
    let window = this.windows.get(client);
    if (window === undefined || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, hits: 0 };
      this.windows.set(client, window);
    }
    window.hits += 1;
    return {
      allowed: window.hits <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.hits),
      resetS: Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000)),
    };
  }

  /** RateLimit-Policy and RateLimit (IETF draft 8, named so the two limits can be told apart). */
  headers(decision: RateDecision): [string, string][] {
    return [
      ['RateLimit-Policy', `"${this.name}";q=${this.limit};w=${this.windowMs / 1000}`],
      ['RateLimit', `"${this.name}";r=${decision.remaining};t=${decision.resetS}`],
    ];
  }

  /** Forgets ended windows, at most once per window, so the map stays as big as its clients. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [client, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(client);
    }
  }
}

/** The client a limit counts for: the socket's address (a proxy in front sets `trust proxy`). */
export function clientOf(req: IncomingMessage & { ip?: string }): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** A decision taken by the fast path on this request, so that the express path does not count it twice. */
const TAKEN = Symbol('rate decisions');
type Marked = IncomingMessage & { [TAKEN]?: Map<string, RateDecision> };

export function markTaken(req: IncomingMessage, limiter: RateLimiter, decision: RateDecision) {
  const marked = req as Marked;
  (marked[TAKEN] ??= new Map()).set(limiter.name, decision);
}

export function applyRateHeaders(res: ServerResponse, limiter: RateLimiter, d: RateDecision) {
  for (const [name, value] of limiter.headers(d)) res.setHeader(name, value);
}

function middleware(limiter: RateLimiter, windowMs: number): RequestHandler {
  return (req, res, next) => {
    const decision = (req as Marked)[TAKEN]?.get(limiter.name) ?? limiter.take(clientOf(req));
    applyRateHeaders(res, limiter, decision);
    if (decision.allowed) return next();
    res.setHeader('Retry-After', String(decision.resetS));
    const seconds = windowMs / 1000;
    next(
      gatewayErrors.RATE_LIMITED({
        fr: `Plus de ${decision.limit} requêtes en ${seconds} s.`,
        en: `More than ${decision.limit} requests in ${seconds} s.`,
      }),
    );
  };
}

export interface RateLimits {
  general: RequestHandler;
  auth: RequestHandler;
  limiters: { general: RateLimiter; auth: RateLimiter };
}

export function rateLimits(options: RateLimitOptions): RateLimits {
  const limiters = {
    general: new RateLimiter('general', options.windowMs, options.max),
    auth: new RateLimiter('auth', options.windowMs, options.authMax),
  };
  return {
    general: middleware(limiters.general, options.windowMs),
    auth: middleware(limiters.auth, options.windowMs),
    limiters,
  };
}
