import express, { type Router } from 'express';
import { commonErrors, type KeyResolver, type Logger } from '@fabrique/service-kit';
import { checkAccess } from './auth.edge.js';
import { tokenCache, type TokenCacheOptions } from './auth.token-cache.js';
import { docsRoutes } from './docs.routes.js';
import { opsOverviewRoutes, opsUpstream, requireCoordinator } from './ops.routes.js';
import { forward, type ProxyOptions } from './proxy.handler.js';
import { rateLimits, type RateLimitOptions } from './rate-limit.middleware.js';
import type { Upstream, Upstreams } from './upstream.registry.js';

export interface ApiRouterDeps {
  logger: Logger;
  upstreams: Upstreams;
  keys: KeyResolver;
  tokenCache: TokenCacheOptions;
  proxy: ProxyOptions;
  rateLimits: RateLimitOptions;
  probeTimeoutMs: number;
}

// `.` and `..` segments, raw or percent-encoded: a service could resolve them to another
// route than the one the access rules were checked against, so they are never forwarded.
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * The upstream owning the request's first path segment (for `ops`, the service named by the
 * second), or 404 (unknown or not configured).
 */
function upstreamFor(upstreams: Upstreams, path: string, originalUrl: string): Upstream {
  const [, first = '', second = ''] = path.split('/', 3);
  const segment = first === 'ops' ? `ops/${second}` : first;
  const upstream = first === 'ops' ? opsUpstream(upstreams, second) : upstreams.forSegment(first);
  if (upstream === undefined || DOT_SEGMENT.test(path) || !originalUrl.startsWith('/api/')) {
    throw commonErrors.NOT_FOUND(`No service answers /api/${segment}.`);
  }
  return upstream;
}

/**
 * Everything under /api: rate limits first (cheapest refusal), then the docs, then routing
 * by first segment, the edge token check and the proxy.
 */
export function apiRouter(deps: ApiRouterDeps): Router {
  const router = express.Router();
  const limits = rateLimits(deps.rateLimits);
  const edge = { keys: deps.keys, verified: tokenCache(deps.tokenCache) };
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
    forward(req, res, next, upstream, deps.proxy);
  });
  return router;
}
