import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';

function hasTraceparent(headers: unknown): boolean {
  return typeof headers === 'object' && headers !== null && 'traceparent' in headers;
}

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
    // Without this the SDK would try its default OTLP endpoint on localhost.
    process.env.OTEL_TRACES_EXPORTER = 'none';
    process.env.OTEL_METRICS_EXPORTER = 'none';
    process.env.OTEL_LOGS_EXPORTER = 'none';
  }
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    ...(exporting && {
      traceExporter: new OTLPTraceExporter({ url: `${options.otlpEndpoint}/v1/traces` }),
      metricReaders: [
        new PeriodicExportingMetricReader({
          exporter: new OTLPMetricExporter({ url: `${options.otlpEndpoint}/v1/metrics` }),
        }),
      ],
    }),
    instrumentations: [
      new HttpInstrumentation({
        // service-kit makes the server span of each request itself (see its http-telemetry).
        ignoreIncomingRequestHook: () => true,
        // The gateway's proxy makes its own client span and has already set traceparent.
        ignoreOutgoingRequestHook: (request) => hasTraceparent(request.headers),
      }),
      new ExpressInstrumentation(),
      new MongooseInstrumentation(),
    ],
  });
  sdk.start();
  return { exporting, shutdown: () => sdk.shutdown() };
}
