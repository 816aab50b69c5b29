import { trace } from '@opentelemetry/api';
import { startTelemetry } from './start.js';

// Without an OTLP endpoint nothing leaves the process, but spans are still real: their ids
// reach the logs and travel with requests and events.
test('without an endpoint, spans still have trace ids (nothing is exported)', async () => {
  const telemetry = startTelemetry({ serviceName: 'telemetry-test' });
  try {
    expect(telemetry.exporting).toBe(false);
    const traceId = trace.getTracer('test').startActiveSpan('work', (span) => {
      const id = trace.getActiveSpan()?.spanContext().traceId;
      span.end();
      return id;
    });
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(traceId).not.toBe('0'.repeat(32));
  } finally {
    await telemetry.shutdown();
  }
});
