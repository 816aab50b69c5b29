import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { context } from '@opentelemetry/api';
import {
  observeServerRequest,
  requestIdFor,
  staticSecurityHeaders,
  writeProblem,
  type Logger,
} from '@fabrique/service-kit';
import type { RequestHandler } from 'express';
import { DOT_SEGMENT } from './api.router.js';
import { BEARER, trustedAtEdge, type EdgeAuthDeps } from './auth.edge.js';
import { isPublicRoute } from './auth.public-routes.js';
import { corsPolicy } from './cors.middleware.js';
import { forward, proxiedRoute, type ProxyOptions } from './proxy.handler.js';
import { applyRateHeaders, markTaken, type RateLimiter } from './rate-limit.middleware.js';
import type { Upstream, Upstreams } from './upstream.registry.js';

export interface FastProxyDeps {
  logger: Logger;
  /** What express's CORS middleware does to a request without Origin is done here too. */
  corsOrigins: readonly string[];
  upstreams: Upstreams;
  edge: EdgeAuthDeps;
  general: RateLimiter;
  proxy: ProxyOptions;
}

// The gateway's own routes, and the ones with rules of their own (stricter limit, CORS).
const NOT_FAST = new Set(['docs', 'ops', 'auth']);

/** The routed upstream of an ordinary proxied request, or undefined: then express handles it. */
export function fastUpstream(req: IncomingMessage, upstreams: Upstreams, bodyLimit: number) {
  const url = req.url ?? '';
  if (!url.startsWith('/api/') || req.method === 'OPTIONS') return undefined;
  const h = req.headers;
  // CORS, a proxy's forwarded headers (trust proxy), a chunked body: express's path.
  if (h.origin !== undefined || h['x-forwarded-for'] !== undefined) return undefined;
  if (h['x-forwarded-proto'] !== undefined || h['x-forwarded-host'] !== undefined) return undefined;
  if (h['transfer-encoding'] !== undefined) return undefined;
  if (Number(h['content-length'] ?? 0) > bodyLimit) return undefined;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (DOT_SEGMENT.test(path)) return undefined;
  const segment = path.slice(5, (path.indexOf('/', 5) + 1 || path.length + 1) - 1);
  if (NOT_FAST.has(segment)) return undefined;
  const upstream = upstreams.forSegment(segment);
  return upstream && { upstream, path };
}

/** The headers a middleware sets on a plain GET without Origin, read once at start. */
function headersSetBy(middleware: RequestHandler): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
  };
  middleware({ method: 'GET', headers: {} } as never, res as never, () => undefined);
  return [...headers];
}

/** A token the edge already verified (cached) and not revoked since, or none on a public route. */
function passesEdge(req: IncomingMessage, path: string, edge: EdgeAuthDeps): boolean {
  const header = req.headers.authorization;
  if (header === undefined) return isPublicRoute(req.method ?? 'GET', path);
  const token = BEARER.exec(header)?.[1];
  return token !== undefined && trustedAtEdge(token, edge);
}

/** The "request completed" line, as service-kit's pino-http writes it, in the request's span. */
function logOnFinish(logger: Logger, req: IncomingMessage, res: ServerResponse, id: string) {
  if (!logger.isLevelEnabled('info')) return;
  const startedAt = Date.now();
  res.once('finish', () => {
    const fields = {
      req: { id, method: req.method, url: req.url },
      res: { statusCode: res.statusCode },
      responseTime: Date.now() - startedAt,
    };
    if (res.statusCode >= 500) {
      const err = new Error(`failed with status code ${res.statusCode}`);
      logger.info({ ...fields, err }, 'request errored');
    } else logger.info(fields, 'request completed');
  });
}

/**
 * What the gateway does most, proxying an ordinary `/api` request, done on node:http directly
 * instead of through express's middleware stack (measured: that stack cost as much as the
 * proxying itself, bench/gateway). The same checks run (general rate limit, dot segments,
 * routing, the edge token check), on the same counters and token cache, and the request gets
 * the same id, security headers, server and proxy spans, metrics and log line. Only a request
 * that passes every check takes this path; anything else, and every refusal, goes to the
 * express app, which answers it in full (a rate decision taken here is not counted twice).
 */
export function withFastProxy(app: RequestListener, deps: FastProxyDeps): RequestListener {
  const security = [...staticSecurityHeaders(), ...headersSetBy(corsPolicy(deps.corsOrigins))];
  return (req, res) => {
    const routed = fastUpstream(req, deps.upstreams, deps.proxy.bodyLimitBytes);
    if (routed === undefined) return app(req, res);
    const decision = deps.general.take(req.socket.remoteAddress ?? 'unknown');
    if (!decision.allowed || !passesEdge(req, routed.path, deps.edge)) {
      markTaken(req, deps.general, decision);
      return app(req, res);
    }
    proxy(req, res, routed, deps, security, decision);
  };
}

function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  routed: { upstream: Upstream; path: string },
  deps: FastProxyDeps,
  security: [string, string][],
  decision: ReturnType<RateLimiter['take']>,
): void {
  const { upstream, path } = routed;
  const given = req.headers['x-request-id'];
  const id = requestIdFor(typeof given === 'string' ? given : undefined);
  for (const [name, value] of security) res.setHeader(name, value);
  res.setHeader('X-Request-Id', id);
  applyRateHeaders(res, deps.general, decision);
  const route = proxiedRoute(path.slice(4), upstream);
  const active = observeServerRequest(req, res, path, () => route);
  context.with(active, () => {
    logOnFinish(deps.logger, req, res, id);
    const exchange = {
      req,
      res,
      path: path.slice(4),
      url: req.url ?? path,
      requestId: id,
      origin: { protocol: 'encrypted' in req.socket ? 'https' : 'http', host: req.headers.host },
    };
    forward(exchange, upstream, deps.proxy, (error) => {
      // A failure before any answer (502, 504, 413): a problem+json, as express would write it.
      writeProblem(req, res, error, { instance: req.url ?? path, requestId: id });
    });
  });
}
