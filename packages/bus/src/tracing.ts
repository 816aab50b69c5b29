import {
  context,
  propagation,
  ROOT_CONTEXT,
  trace,
  SpanKind,
  SpanStatusCode,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';

// W3C trace context travels in NATS headers; only this package injects and extracts it.
export const tracer = trace.getTracer('@fabrique/bus');

export function headersWithTraceContext(): MsgHdrs {
  const hdrs = natsHeaders();
  propagation.inject(context.active(), hdrs, {
    set: (carrier, key, value) => carrier.set(key, value),
  });
  return hdrs;
}

export function contextFromHeaders(hdrs: MsgHdrs | undefined): Context {
  if (!hdrs) return context.active();
  return propagation.extract(context.active(), hdrs, {
    get: (carrier, key) => (carrier.has(key) ? carrier.get(key) : undefined),
    keys: (carrier) => carrier.keys(),
  });
}

/**
 * The context an event is published in: the trace of the action that produced it, carried in
 * the envelope, else whatever is active (an event created outside any trace).
 */
export function contextOfEvent(event: { traceparent?: string; tracestate?: string }): Context {
  if (event.traceparent === undefined) return context.active();
  const carrier = { traceparent: event.traceparent, tracestate: event.tracestate };
  return propagation.extract(ROOT_CONTEXT, carrier);
}

export async function inSpan<T>(
  name: string,
  kind: SpanKind,
  parent: Context,
  attributes: Record<string, string | number>,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { kind, attributes }, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

export { SpanKind };
