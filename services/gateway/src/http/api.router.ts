import express, { type Request, type Response, type Router } from 'express';
import { commonErrors, type Logger } from '@fabrique/service-kit';
import { checkAccess, type EdgeAuthDeps } from './auth.edge.js';
import { docsRoutes } from './docs.routes.js';
import { opsOverviewRoutes, opsUpstream, requireCoordinator } from './ops.routes.js';
import { forward, proxiedRoute, type Exchange, type ProxyOptions } from './proxy.handler.js';
import type { RateLimits } from './rate-limit.middleware.js';
import type { Upstream, Upstreams } from './upstream.registry.js';

export interface ApiRouterDeps {
  logger: Logger;
  upstreams: Upstreams;
  proxy: ProxyOptions;
  rateLimits: RateLimits;
  /** The edge token check's keys and cache, shared with the fast path (fast-proxy.ts). */
  edge: EdgeAuthDeps;
  probeTimeoutMs: number;
}

// `.` and `..` segments, raw or percent-encoded: a service could resolve them to another
// route than the one the access rules were checked against, so they are never forwarded.
export const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;

/** The express view of a request, as the proxy needs it. */
function exchangeOf(req: Request, res: Response): Exchange {
  // service-kit's requestId middleware put the id (the caller's or a new one) on the response.
  const requestId = res.getHeader('x-request-id');
  return {
    req,
    res,
    path: req.path,
    url: req.originalUrl,
    requestId: typeof requestId === 'string' ? requestId : undefined,
    origin: { protocol: req.protocol, host: req.host },
  };
}

/**
 * The upstream owning the request's first path segment (for `ops`, the service named by the
 * second), or 404 (unknown or not configured).
 */
function upstreamFor(upstreams: Upstreams, path: string, originalUrl: string): Upstream {
  const [, first = '', second = ''] = path.split('/', 3);
  const segment = first === 'ops' ? `ops/${second}` : first;
  const upstream = first === 'ops' ? opsUpstream(upstreams, second) : upstreams.forSegment(first);
  if (upstream === undefined || DOT_SEGMENT.test(path) || !originalUrl.startsWith('/api/')) {
    throw commonErrors.NOT_FOUND({
      fr: `Aucun service ne répond à /api/${segment}.`,
      en: `No service answers /api/${segment}.`,
    });
  }
  return upstream;
}

/**
 * Everything under /api: rate limits first (cheapest refusal), then the docs, then routing
 * by first segment, the edge token check and the proxy.
 */
export function apiRouter(deps: ApiRouterDeps): Router {
  const router = express.Router();
  const limits = deps.rateLimits;
  const edge = deps.edge;
  router.use(limits.general);
  router.use('/auth', limits.auth);
  router.use(
    '/docs',
    docsRoutes({ upstreams: deps.upstreams, timeoutMs: deps.probeTimeoutMs, logger: deps.logger }),
  );
  router.use(
    '/ops',
    opsOverviewRoutes({
      upstreams: deps.upstreams,
      edge,
      timeoutMs: deps.probeTimeoutMs,
      logger: deps.logger,
    }),
  );
  router.use(async (req, res, next) => {
    const upstream = upstreamFor(deps.upstreams, req.path, req.originalUrl);
    if (req.path.startsWith('/ops/')) await requireCoordinator(req, edge);
    else await checkAccess(req, edge);
    res.locals.route = proxiedRoute(req.path, upstream);
    forward(exchangeOf(req, res), upstream, deps.proxy, next);
  });
  return router;
}
