// Logs name the trace they were written in, so that a log line leads to its trace.
import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { createLogger } from '@fabrique/service-kit';
import { recordSpans, type RecordedSpans } from '@fabrique/telemetry';

let recorded: RecordedSpans;
beforeAll(() => {
  recorded = recordSpans();
});
afterAll(() => recorded.stop());

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('test', 'info', sink), lines };
}

test('a line written inside a span carries its trace and span ids, one outside carries none', async () => {
  const { logger, lines } = capturedLogger();
  const ids = await trace.getTracer('test').startActiveSpan('work', async (span) => {
    await Promise.resolve();
    logger.info('inside');
    span.end();
    return span.spanContext();
  });
  logger.info('outside');
  await new Promise((resolve) => setImmediate(resolve));
  expect(lines[0]).toMatchObject({ msg: 'inside', trace_id: ids.traceId, span_id: ids.spanId });
  expect(lines[1]?.msg).toBe('outside');
  expect(lines[1]).not.toHaveProperty('trace_id');
});
