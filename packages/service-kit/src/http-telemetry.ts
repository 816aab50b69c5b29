import {
  context,
  metrics,
  propagation,
  trace,
  SpanKind,
  SpanStatusCode,
  ValueType,
  type Histogram,
} from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';

// The service's own server span and RED metrics for every request. They are created here, not
// by the HTTP auto-instrumentation (told to leave incoming requests alone, see
// @fabrique/telemetry): one span per request whether or not the loader hook ran, which also
// makes the spans visible to tests, where jest's module sandbox defeats auto-instrumentation.
const tracer = trace.getTracer('@fabrique/service-kit');

// Made on first use: the metrics API has no proxy provider (see @fabrique/bus metrics.ts).
let histogram: Histogram | undefined;
const requestDuration = () =>
  (histogram ??= metrics
    .getMeter('@fabrique/service-kit')
    .createHistogram('http.server.request.duration', {
      description: 'Duration of HTTP requests, by method, route template and status.',
      unit: 's',
      valueType: ValueType.DOUBLE,
    }));

/**
 * The route template (`/api/bookings/:bookingId`), never the raw path: metrics stay bounded
 * whatever ids people request. Unmatched requests share one label.
 */
function routeOf(req: Request, res: Response): string {
  // A handler that serves many paths under one name (the gateway's proxy) says which.
  if (typeof res.locals.route === 'string') return res.locals.route;
  const template: unknown = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof template !== 'string') return 'unmatched';
  return template === '/' && req.baseUrl !== '' ? req.baseUrl : `${req.baseUrl}${template}`;
}

/**
 * Starts the server span of a request (continuing the caller's `traceparent`) and records it
 * and its duration when the response closes, under the route `routeFor()` names then. Returns
 * the request's context, to run its handling in. Also used without express (the gateway's
 * fast path).
 */
export function observeServerRequest(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  routeFor: () => string,
) {
  const method = req.method ?? 'GET';
  const parent = propagation.extract(context.active(), req.headers);
  const span = tracer.startSpan(
    method,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path } },
    parent,
  );
  const startedAt = performance.now();
  res.once('close', () => {
    const route = routeFor();
    const status = res.statusCode;
    span.updateName(`${method} ${route}`);
    span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
    if (status >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    requestDuration().record((performance.now() - startedAt) / 1000, {
      'http.request.method': method,
      'http.route': route,
      'http.response.status_code': status,
      ...(status >= 500 && { 'error.type': String(status) }),
    });
  });
  const active = trace.setSpan(parent, span);
  // Listeners added later (the "request completed" log line) run in the request's context,
  // not in the socket's, so that they see its span too.
  context.bind(active, req);
  context.bind(active, res);
  return active;
}

/** Server span (continuing the caller's `traceparent`) and request metrics. */
export const httpTelemetry: RequestHandler = (req, res, next) => {
  const active = observeServerRequest(req, res, req.path, () => routeOf(req, res));
  context.with(active, next);
};
