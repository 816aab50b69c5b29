import { metrics, ValueType, type ObservableResult } from '@opentelemetry/api';

export interface ConsumerBacklog {
  durable: string;
  stream: string;
  /** Messages not yet delivered to the consumer. */
  pending: number;
  /** Delivered and not yet acknowledged. */
  ackPending: number;
}

export interface OutboxBacklog {
  model: string;
  /** Documents whose outbox still holds events. */
  documents: number;
}

export interface BacklogSources {
  consumers(): Promise<ConsumerBacklog[]>;
  outbox(): Promise<OutboxBacklog[]>;
}

/**
 * Consumer lag and outbox backlog as gauges, read when the metrics are collected (every export
 * interval, a minute by default), not on every event. A failed read skips one collection.
 */
export function observeBacklog(service: string, sources: BacklogSources): void {
  const meter = metrics.getMeter('@fabrique/bus');
  const lag = meter.createObservableGauge('messaging.consumer.lag', {
    description: 'Messages of a durable consumer not yet delivered, and delivered but not acked.',
    unit: '{message}',
    valueType: ValueType.INT,
  });
  const outbox = meter.createObservableGauge('fabrique.outbox.backlog', {
    description: 'Documents whose outbox still holds unpublished events.',
    unit: '{document}',
    valueType: ValueType.INT,
  });
  lag.addCallback(async (result: ObservableResult) => {
    for (const consumer of await sources.consumers().catch(() => [])) {
      const base = {
        'messaging.consumer.group.name': consumer.durable,
        'messaging.destination.name': consumer.stream,
      };
      result.observe(consumer.pending, { ...base, 'messaging.lag.state': 'undelivered' });
      result.observe(consumer.ackPending, { ...base, 'messaging.lag.state': 'unacked' });
    }
  });
  outbox.addCallback(async (result: ObservableResult) => {
    for (const model of await sources.outbox().catch(() => [])) {
      result.observe(model.documents, { 'service.name': service, 'fabrique.model': model.model });
    }
  });
}
