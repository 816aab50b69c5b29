import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';

export interface TelemetryOptions {
  serviceName: string;
  /** OTLP/HTTP endpoint (e.g. http://collector:4318); nothing is exported without it. */
  otlpEndpoint?: string | undefined;
}

export interface Telemetry {
  exporting: boolean;
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK. Traces are always recorded (so trace ids reach logs and NATS
 * headers), and exported over OTLP only when an endpoint is configured.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  const exporting = Boolean(options.otlpEndpoint);
  if (!exporting) {
    // Without this the SDK would try its default OTLP endpoint on localhost. Traces get a
    // processor that exports nothing instead of `none`, which would leave no tracer provider
    // at all: no trace ids in logs, no traceparent from a request to its events.
    process.env.OTEL_METRICS_EXPORTER = 'none';
    process.env.OTEL_LOGS_EXPORTER = 'none';
  }
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    ...(!exporting && { spanProcessors: [new NoopSpanProcessor()] }),
    ...(exporting && {
      traceExporter: new OTLPTraceExporter({ url: `${options.otlpEndpoint}/v1/traces` }),
      metricReaders: [
        new PeriodicExportingMetricReader({
          exporter: new OTLPMetricExporter({ url: `${options.otlpEndpoint}/v1/metrics` }),
        }),
      ],
    }),
    // No HTTP auto-instrumentation: service-kit makes each request's server span and the
    // gateway's proxy its client span (http-telemetry.ts, proxy.handler.ts), so there is one of
    // each, in tests too. (The HTTP instrumentation also suppresses tracing inside any request
    // it is told to ignore, which would hide those spans.)
    instrumentations: [new ExpressInstrumentation(), new MongooseInstrumentation()],
  });
  sdk.start();
  return { exporting, shutdown: () => sdk.shutdown() };
}
