// Loaded with `node --import @fabrique/telemetry/register dist/main.js`: it must run before
// express and mongoose are imported, and ESM needs the loader hook to instrument them.
import { register } from 'node:module';
import { startTelemetry } from './start.js';

register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);

const telemetry = startTelemetry({
  serviceName: process.env.OTEL_SERVICE_NAME ?? 'fabrique',
  otlpEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
});

process.once('beforeExit', () => void telemetry.shutdown());
