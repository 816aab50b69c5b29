import { context, metrics, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';

export interface RecordedSpans {
  /** Every span ended so far. */
  spans(): ReadableSpan[];
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Records the spans the project's own code creates, in memory, with the same context
 * propagation as production (async context, W3C trace context). For tests: jest's module
 * sandbox defeats auto-instrumentation, so they assert on these spans.
 */
export function recordSpans(): RecordedSpans {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return {
    spans: () => exporter.getFinishedSpans(),
    reset: () => exporter.reset(),
    async stop() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** Collects metrics on demand; `collect()` returns every data point recorded so far. */
class OnDemandReader extends MetricReader {
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface MetricPoint {
  name: string;
  attributes: Record<string, unknown>;
  /** For histograms, how many values were recorded; for gauges and sums, the value. */
  value: number;
}

export interface RecordedMetrics {
  collect(): Promise<MetricPoint[]>;
  stop(): Promise<void>;
}

function pointValue(value: unknown): number {
  if (typeof value === 'number') return value;
  return (value as { count: number }).count;
}

/** Records the project's metrics in memory, for tests (install before the first request). */
export function recordMetrics(): RecordedMetrics {
  const reader = new OnDemandReader();
  const provider = new MeterProvider({ readers: [reader] });
  metrics.setGlobalMeterProvider(provider);
  return {
    async collect() {
      const { resourceMetrics } = await reader.collect();
      return resourceMetrics.scopeMetrics.flatMap((scope) =>
        scope.metrics.flatMap((metric) =>
          metric.dataPoints.map((point) => ({
            name: metric.descriptor.name,
            attributes: point.attributes,
            value: pointValue(point.value),
          })),
        ),
      );
    },
    async stop() {
      await provider.shutdown();
      metrics.disable();
    },
  };
}
