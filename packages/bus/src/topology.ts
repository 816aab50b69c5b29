import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { DLQ_STREAM, streamNameOf } from '@fabrique/contracts';
import type { Bus } from './connection.js';

/** Duplicate window of every stream: a republished event id inside it is dropped. */
export const DUPLICATE_WINDOW_MS = 2 * 60_000;

async function upsertStream(bus: Bus, name: string, subjects: string[]): Promise<void> {
  const config = {
    name,
    subjects,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    num_replicas: bus.streamReplicas,
  };
  try {
    await bus.jsm.streams.info(name);
    await bus.jsm.streams.update(name, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await bus.jsm.streams.add(config);
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && /not found/i.test(error.message);
}

/**
 * Creates or updates the stream of each producing context (`ACCOUNTS` for `accounts.>`)
 * and the dead-letter stream. Safe to call from every replica at every start.
 */
export async function ensureStreams(bus: Bus, contexts: readonly string[]): Promise<void> {
  for (const context of contexts) {
    await upsertStream(bus, bus.stream(streamNameOf(context)), [bus.subject(`${context}.>`)]);
  }
  await upsertStream(bus, bus.stream(DLQ_STREAM), [bus.subject('dlq.>')]);
}

export interface DurableConsumerSpec {
  /** Base stream name, e.g. `ACCOUNTS`. */
  stream: string;
  /** `<consumer-service>--<purpose>`; shared by every replica of the service. */
  durable: string;
  /** Base subjects this consumer receives. */
  subjects: string[];
  /** How long the server waits for an ack before redelivering. */
  ackWaitMs: number;
}

/** Creates or updates a durable pull consumer with explicit acks. */
export async function ensureDurableConsumer(bus: Bus, spec: DurableConsumerSpec): Promise<void> {
  const stream = bus.stream(spec.stream);
  const config = {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subjects: spec.subjects.map((s) => bus.subject(s)),
    ack_wait: nanos(spec.ackWaitMs),
    // Unlimited on the server: the consume loop dead-letters a message itself once it has
    // been delivered too often, including one that crashes the process every time.
    max_deliver: -1,
  };
  try {
    await bus.jsm.consumers.info(stream, spec.durable);
    await bus.jsm.consumers.update(stream, spec.durable, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await bus.jsm.consumers.add(stream, config);
  }
}
