import { metrics, ValueType, type ObservableResult } from '@opentelemetry/api';
import type { Model } from 'mongoose';
import type { Bus } from './connection.js';
import { consumerLag, outboxBacklog } from './ops.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model with an outbox array
type AnyModel = Model<any>;

export interface BacklogSources {
  bus: Bus;
  durables: readonly string[];
  outboxModels: readonly AnyModel[];
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
    // A broker that does not answer skips this reading: /readyz and the consumers' logs say why.
    const consumers = await consumerLag(sources.bus, sources.durables).catch(() => []);
    for (const consumer of consumers) {
      const base = {
        'messaging.consumer.group.name': consumer.durable,
        'messaging.destination.name': consumer.stream,
      };
      result.observe(consumer.pending, { ...base, 'messaging.lag.state': 'undelivered' });
      result.observe(consumer.ackPending, { ...base, 'messaging.lag.state': 'unacked' });
    }
  });
  outbox.addCallback(async (result: ObservableResult) => {
    // Likewise a database that does not answer (/readyz and the relay's logs report it).
    const backlog = await outboxBacklog(sources.outboxModels).catch(() => undefined);
    for (const model of backlog?.byModel ?? []) {
      result.observe(model.documents, { 'service.name': service, 'fabrique.model': model.model });
    }
  });
}
