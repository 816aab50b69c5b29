import { metrics, ValueType } from '@opentelemetry/api';

// RED metrics of the bus (rate, errors, duration). Without a metrics SDK (no OTLP endpoint)
// these instruments are no-ops and cost nearly nothing. Created on first use, not at import:
// the metrics API has no proxy provider, so an instrument made before the SDK is set stays a
// no-op (the SDK loads first in production; tests install theirs after imports).
export type ProcessOutcome = 'ack' | 'retry' | 'dead_letter';

let instruments: ReturnType<typeof createInstruments> | undefined;

function createInstruments() {
  const meter = metrics.getMeter('@fabrique/bus');
  return {
    processDuration: meter.createHistogram('messaging.process.duration', {
      description: 'Time a durable consumer spent on one delivery, by outcome.',
      unit: 's',
      valueType: ValueType.DOUBLE,
    }),
    publishDuration: meter.createHistogram('messaging.publish.duration', {
      description: 'Time from publish to JetStream acknowledgement, by outcome.',
      unit: 's',
      valueType: ValueType.DOUBLE,
    }),
  };
}

const busInstruments = () => (instruments ??= createInstruments());

export function recordProcessed(
  durable: string,
  subject: string,
  outcome: ProcessOutcome,
  startedAt: number,
): void {
  busInstruments().processDuration.record((performance.now() - startedAt) / 1000, {
    'messaging.system': 'nats',
    'messaging.consumer.group.name': durable,
    'messaging.destination.name': subject,
    'messaging.outcome': outcome,
  });
}

export function recordPublished(subject: string, ok: boolean, startedAt: number): void {
  busInstruments().publishDuration.record((performance.now() - startedAt) / 1000, {
    'messaging.system': 'nats',
    'messaging.destination.name': subject,
    ...(ok ? {} : { 'error.type': 'publish_failed' }),
  });
}
