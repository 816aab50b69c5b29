import type { ClientRequest, IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import {
  context,
  propagation,
  trace,
  SpanKind,
  SpanStatusCode,
  type Span,
} from '@opentelemetry/api';
import { commonErrors, type AppError } from '@fabrique/service-kit';
import { gatewayErrors } from './gateway.errors.js';
import { endToEnd, upstreamRequestHeaders } from './proxy.headers.js';
import type { Upstream } from './upstream.registry.js';

export interface ProxyOptions {
  /** Time for the upstream to answer with headers, from the start of the request. */
  timeoutMs: number;
  /** The same for routes that build whole documents: exports, CSV, calendar feeds, certificates. */
  slowTimeoutMs: number;
  bodyLimitBytes: number;
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
  return commonErrors.PAYLOAD_TOO_LARGE(`The request body may not exceed ${limit} bytes.`);
}

const tracer = trace.getTracer('@fabrique/gateway');

/** The hop to the service, as a client span whose context the service continues. */
function startProxySpan(req: Request, res: Response, upstream: Upstream): Span {
  // One metrics label per routed segment (a fixed set, see route.table.ts), not per path.
  const segment = req.path.split('/')[1] ?? '';
  res.locals.route = segment === 'ops' ? `/api/ops/${upstream.name}/*` : `/api/${segment}/*`;
  return tracer.startSpan(`proxy ${upstream.name}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      'http.request.method': req.method,
      'server.address': upstream.target.hostname,
      'fabrique.upstream': upstream.name,
    },
  });
}

function openUpstream(
  req: Request,
  res: Response,
  upstream: Upstream,
): { upstreamReq: ClientRequest; span: Span } {
  const { target } = upstream;
  const span = startProxySpan(req, res, upstream);
  // service-kit's requestId middleware put the id (the caller's or a new one) on the response.
  const requestId = res.getHeader('x-request-id');
  const headers = upstreamRequestHeaders(
    req,
    typeof requestId === 'string' ? requestId : undefined,
  );
  propagation.inject(trace.setSpan(context.active(), span), headers);
  const upstreamReq = upstream.send({
    protocol: target.protocol,
    hostname: target.hostname,
    port: target.port,
    // Path and query go through byte for byte: the services route on the same public paths.
    path: target.basePath + req.originalUrl,
    method: req.method,
    headers,
    agent: upstream.agent,
  });
  return { upstreamReq, span };
}

/** Streams the answer back; a failure mid-body can only cut the client's connection. */
function relay(upstreamRes: IncomingMessage, res: Response): void {
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
  req: Request,
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
  req: Request,
  res: Response,
  next: NextFunction,
  upstream: Upstream,
  options: ProxyOptions,
): void {
  if (Number(req.headers['content-length'] ?? 0) > options.bodyLimitBytes) {
    throw tooLarge(options.bodyLimitBytes);
  }
  const { upstreamReq, span } = openUpstream(req, res, upstream);
  let settled = false;
  const settle = (error?: AppError, status?: number): boolean => {
    if (settled) return false;
    settled = true;
    clearTimeout(timer);
    if (error !== undefined) upstreamReq.destroy();
    endProxySpan(span, error, status);
    return true;
  };
  const fail = (error: AppError) => {
    if (settle(error) && !res.headersSent) next(error);
  };
  const timer = setTimeout(() => fail(upstreamTimeout(upstream)), timeoutFor(req.path, options));
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

function endProxySpan(span: Span, error: AppError | undefined, status: number | undefined): void {
  if (status !== undefined) span.setAttribute('http.response.status_code', status);
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error.code });
  span.end();
}

function upstreamTimeout(upstream: Upstream): AppError {
  return gatewayErrors.UPSTREAM_TIMEOUT(`The ${upstream.name} service did not answer in time.`);
}

function upstreamUnavailable(upstream: Upstream, cause: Error): AppError {
  return gatewayErrors.UPSTREAM_UNAVAILABLE(`The ${upstream.name} service cannot be reached.`, {
    cause,
  });
}
