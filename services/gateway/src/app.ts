import type { RequestListener } from 'node:http';
import {
  createHttpApp,
  KeysUnavailableError,
  remoteKeys,
  type KeyResolver,
  type Logger,
  type RevokedAccounts,
} from '@fabrique/service-kit';
import { upstreamUrls, type GatewayConfig } from './config.js';
import { apiRouter } from './http/api.router.js';
import { tokenCache } from './http/auth.token-cache.js';
import { corsPolicy } from './http/cors.middleware.js';
import { withFastProxy } from './http/fast-proxy.js';
import { rateLimits } from './http/rate-limit.middleware.js';
import { upstreamReadiness } from './http/upstream.probe.js';
import { createUpstreams, type Upstreams } from './http/upstream.registry.js';
import { webRoutes } from './http/web.routes.js';

export interface GatewayDeps {
  logger: Logger;
  config: GatewayConfig;
  /** Token verification keys; by default accounts' JWKS at `config.JWKS_URL`, cached. */
  keys?: KeyResolver;
  /** Connection pools to the services; by default one per configured service URL. */
  upstreams?: Upstreams;
  /** Accounts whose tokens the edge refuses (revocations.ts); none without NATS. */
  revoked?: RevokedAccounts | undefined;
}

/** Accounts' key set; none when no service is configured (config.ts), as nothing is routed. */
function keysOf(config: GatewayConfig): KeyResolver {
  if (config.JWKS_URL === undefined) {
    return () => Promise.reject(new KeysUnavailableError('no JWKS_URL configured'));
  }
  return remoteKeys(config.JWKS_URL, {
    cacheMaxAgeMs: config.JWKS_CACHE_MAX_AGE_MS,
    cooldownMs: config.JWKS_COOLDOWN_MS,
    timeoutMs: config.PROBE_TIMEOUT_MS,
  });
}

/**
 * The gateway's HTTP request listener; never listens (main.ts and tests do). Ordinary proxied
 * requests take the fast path (http/fast-proxy.ts); everything else, the express app.
 */
export function createApp(deps: GatewayDeps): RequestListener {
  const { config, logger } = deps;
  const upstreams = deps.upstreams ?? createUpstreams(upstreamUrls(config));
  const edge = {
    keys: deps.keys ?? keysOf(config),
    verified: tokenCache(tokenCacheOf(config)),
    revoked: deps.revoked,
  };
  const limits = rateLimits(rateLimitsOf(config));
  const proxy = proxyOptionsOf(config);
  const app = createHttpApp({
    logger,
    // Bodies stream through untouched; the services parse and validate them.
    jsonBodies: false,
    // The gateway is ready when every service behind it is.
    readiness: upstreamReadiness(upstreams, config.PROBE_TIMEOUT_MS),
    routes: (router) => {
      router.use(corsPolicy(config.CORS_ORIGINS));
      router.use(
        '/api',
        apiRouter({
          logger,
          upstreams,
          edge,
          proxy,
          rateLimits: limits,
          probeTimeoutMs: config.PROBE_TIMEOUT_MS,
        }),
      );
      if (config.WEB_DIST_DIR !== undefined) router.use(webRoutes(config.WEB_DIST_DIR));
    },
  });
  const general = limits.limiters.general;
  const corsOrigins = config.CORS_ORIGINS;
  return withFastProxy(app, { logger, corsOrigins, upstreams, edge, general, proxy });
}

const tokenCacheOf = (config: GatewayConfig) => ({
  ttlMs: config.TOKEN_CACHE_TTL_MS,
  maxEntries: config.TOKEN_CACHE_MAX_ENTRIES,
});

const rateLimitsOf = (config: GatewayConfig) => ({
  windowMs: config.RATE_LIMIT_WINDOW_MS,
  max: config.RATE_LIMIT_MAX,
  authMax: config.AUTH_RATE_LIMIT_MAX,
});

const proxyOptionsOf = (config: GatewayConfig) => ({
  timeoutMs: config.UPSTREAM_TIMEOUT_MS,
  slowTimeoutMs: config.UPSTREAM_SLOW_TIMEOUT_MS,
  bodyLimitBytes: config.BODY_LIMIT_BYTES,
});
