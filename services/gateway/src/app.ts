import type { Express } from 'express';
import { createHttpApp, type KeyResolver, type Logger } from '@fabrique/service-kit';
import { upstreamUrls, type GatewayConfig } from './config.js';
import { apiRouter } from './http/api.router.js';
import { KeysUnavailableError, remoteKeys } from './http/auth.keys.js';
import { corsPolicy } from './http/cors.middleware.js';
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

/** The gateway's HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: GatewayDeps): Express {
  const { config, logger } = deps;
  const upstreams = deps.upstreams ?? createUpstreams(upstreamUrls(config));
  const keys = deps.keys ?? keysOf(config);
  return createHttpApp({
    logger,
    // Bodies stream through untouched; the services parse and validate them.
    jsonBodies: false,
    // The gateway is ready when every service behind it is.
    readiness: upstreamReadiness(upstreams, config.PROBE_TIMEOUT_MS),
    routes: (app) => {
      app.use(corsPolicy(config.CORS_ORIGINS));
      app.use(
        '/api',
        apiRouter({
          logger,
          upstreams,
          keys,
          tokenCache: {
            ttlMs: config.TOKEN_CACHE_TTL_MS,
            maxEntries: config.TOKEN_CACHE_MAX_ENTRIES,
          },
          proxy: {
            timeoutMs: config.UPSTREAM_TIMEOUT_MS,
            slowTimeoutMs: config.UPSTREAM_SLOW_TIMEOUT_MS,
            bodyLimitBytes: config.BODY_LIMIT_BYTES,
          },
          rateLimits: {
            windowMs: config.RATE_LIMIT_WINDOW_MS,
            max: config.RATE_LIMIT_MAX,
            authMax: config.AUTH_RATE_LIMIT_MAX,
          },
          probeTimeoutMs: config.PROBE_TIMEOUT_MS,
        }),
      );
      if (config.WEB_DIST_DIR !== undefined) app.use(webRoutes(config.WEB_DIST_DIR));
    },
  });
}
