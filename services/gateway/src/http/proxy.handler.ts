import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  trace,
  SpanKind,
  SpanStatusCode,
  type Span,
} from '@opentelemetry/api';
import { countOf, localized } from '@fabrique/contracts';
import { commonErrors, type AppError } from '@fabrique/service-kit';
import { gatewayErrors } from './gateway.errors.js';
import { endToEnd, upstreamRequestHeaders, type Origin } from './proxy.headers.js';
import type { Upstream } from './upstream.registry.js';

export interface ProxyOptions {
  /** Time for the upstream to answer with headers, from the start of the request. */
  timeoutMs: number;
  /** The same for routes that build whole documents: exports, CSV, calendar feeds, certificates. */
  slowTimeoutMs: number;
  bodyLimitBytes: number;
}

/** One request on its way through the gateway, from express's path or the fast one. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** The path under `/api` without the query, e.g. `/bookings/42` (timeouts). */
  path: string;
  /** Path and query as the client sent them, forwarded byte for byte. */
  url: string;
  requestId: string | undefined;
  origin: Origin;
}

const SLOW_ROUTE = /(\.(csv|ics|pdf)$)|(\/export$)|(\/certificates?(\.html)?(\/|$))/;

/** Per-route timeout: documents may take longer than ordinary reads and writes. */
export function timeoutFor(
  path: string,
  options: Pick<ProxyOptions, 'timeoutMs' | 'slowTimeoutMs'>,
): number {
  return SLOW_ROUTE.test(path) ? options.slowTimeoutMs : options.timeoutMs;
}

function tooLarge(limit: number): AppError {
  return commonErrors.PAYLOAD_TOO_LARGE(
    localized((l) => {
      const bytes = countOf(limit, { fr: ['octet', 'octets'], en: ['byte', 'bytes'] }, l);
      return l === 'fr'
        ? `Le corps de la requête ne peut dépasser ${bytes}.`
        : `The request body may not exceed ${bytes}.`;
    }),
  );
}

const tracer = trace.getTracer('@fabrique/gateway');

/** The metrics label of a proxied path: one per routed segment (route.table.ts), not per path. */
export function proxiedRoute(path: string, upstream: Upstream): string {
  const segment = path.split('/')[1] ?? '';
  return segment === 'ops' ? `/api/ops/${upstream.name}/*` : `/api/${segment}/*`;
}

/** The hop to the service, as a client span whose context the service continues. */
function startProxySpan(req: IncomingMessage, upstream: Upstream): Span {
  return tracer.startSpan(`proxy ${upstream.name}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      'http.request.method': req.method ?? 'GET',
      'server.address': upstream.target.hostname,
      'fabrique.upstream': upstream.name,
    },
  });
}

function openUpstream(
  exchange: Exchange,
  upstream: Upstream,
): { upstreamReq: ClientRequest; span: Span } {
  const { req } = exchange;
  const { target } = upstream;
  const span = startProxySpan(req, upstream);
  const headers = upstreamRequestHeaders(req, exchange.requestId, exchange.origin);
  propagation.inject(trace.setSpan(context.active(), span), headers);
  const upstreamReq = upstream.send({
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    // Path and query go through byte for byte: the services route on the same public paths.
    path: target.basePath + exchange.url,
    method: req.method,
    headers,
    agent: upstream.agent,
  });
  return { upstreamReq, span };
}

/** Streams the answer back; a failure mid-body can only cut the client's connection. */
function relay(upstreamRes: IncomingMessage, res: ServerResponse): void {
  res.statusCode = upstreamRes.statusCode ?? 502;
  if (upstreamRes.statusMessage) res.statusMessage = upstreamRes.statusMessage;
  // Upstream headers win over the gateway's (helmet's are the same, the request id is ours).
  for (const [name, value] of Object.entries(endToEnd(upstreamRes.headers))) {
    if (value !== undefined) res.setHeader(name, value);
  }
  // pipe() rather than pipeline(): pipeline allocates an AbortController and a DOMException
  // per call, measurable at the gateway's request rates. Errors are handled by hand instead:
  // here the upstream's, the client's in forward() (its `close` destroys the upstream side).
  upstreamRes.on('error', () => res.destroy());
  upstreamRes.pipe(res);
}

/**
 * Pipes the request body to the upstream with backpressure, counting bytes because a chunked
 * body announces no length. Past the limit it stops forwarding and calls `onTooLarge`.
 */
function sendBody(
  req: IncomingMessage,
  upstreamReq: ClientRequest,
  limit: number,
  onTooLarge: () => void,
): void {
  // Without Content-Length or Transfer-Encoding a request has no body (RFC 9112 §6.3): skip
  // the stream events, a measurable share of a GET's cost.
  if (
    req.headers['content-length'] === undefined &&
    req.headers['transfer-encoding'] === undefined
  ) {
    upstreamReq.end();
    return;
  }
  let received = 0;
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > limit) {
      req.off('data', onData);
      onTooLarge();
    } else if (!upstreamReq.write(chunk)) {
      req.pause();
    }
  };
  upstreamReq.on('drain', () => req.resume());
  req.on('data', onData);
  req.on('end', () => {
    if (received <= limit && !upstreamReq.destroyed) upstreamReq.end();
  });
}

/**
 * Forwards one request to its upstream and the answer back, settling exactly once: the
 * upstream's response, a problem (502 unreachable, 504 too slow, 413 too large), or, when the
 * client goes away first, an aborted upstream request so the service stops working for nobody.
 */
export function forward(
  exchange: Exchange,
  upstream: Upstream,
  options: ProxyOptions,
  next: (error: AppError) => void,
): void {
  const { req, res } = exchange;
  if (Number(req.headers['content-length'] ?? 0) > options.bodyLimitBytes) {
    throw tooLarge(options.bodyLimitBytes);
  }
  const { upstreamReq, span } = openUpstream(exchange, upstream);
  const settle = settleOnce(upstreamReq, span, () => clearTimeout(timer));
  const fail = (error: AppError) => {
    if (settle(error) && !res.headersSent) next(error);
  };
  const timer = setTimeout(
    () => fail(upstreamTimeout(upstream)),
    timeoutFor(exchange.path, options),
  );
  upstreamReq.on('response', (upstreamRes) => {
    if (settle(undefined, upstreamRes.statusCode)) relay(upstreamRes, res);
    else upstreamRes.destroy();
  });
  upstreamReq.on('error', (error) => fail(upstreamUnavailable(upstream, error)));
  res.on('close', () => {
    if (res.writableFinished) return;
    settle();
    upstreamReq.destroy();
  });
  sendBody(req, upstreamReq, options.bodyLimitBytes, () => {
    if (!settle(tooLarge(options.bodyLimitBytes))) return;
    // Answer once the rest is read and dropped, so that the client gets to read the 413.
    req.once('end', () => next(tooLarge(options.bodyLimitBytes)));
    req.resume();
  });
}

/**
 * The one way an exchange ends: returns true the first time (the caller answers), false after.
 * An error also abandons the upstream request.
 */
function settleOnce(upstreamReq: ClientRequest, span: Span, stopTimer: () => void) {
  let settled = false;
  return (error?: AppError, status?: number): boolean => {
    if (settled) return false;
    settled = true;
    stopTimer();
    if (error !== undefined) upstreamReq.destroy();
    endProxySpan(span, error, status);
    return true;
  };
}

function endProxySpan(span: Span, error: AppError | undefined, status: number | undefined): void {
  if (status !== undefined) span.setAttribute('http.response.status_code', status);
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error.code });
  span.end();
}

function upstreamTimeout(upstream: Upstream): AppError {
  return gatewayErrors.UPSTREAM_TIMEOUT({
    fr: `Le service ${upstream.name} n’a pas répondu à temps.`,
    en: `The ${upstream.name} service did not answer in time.`,
  });
}

function upstreamUnavailable(upstream: Upstream, cause: Error): AppError {
  return gatewayErrors.UPSTREAM_UNAVAILABLE(
    {
      fr: `Le service ${upstream.name} est injoignable.`,
      en: `The ${upstream.name} service cannot be reached.`,
    },
    { cause },
  );
}
