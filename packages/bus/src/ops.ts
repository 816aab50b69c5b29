import type { Model } from 'mongoose';
import type { Bus } from './connection.js';
import { PENDING_FILTER } from './outbox-pending.js';

/** Where a durable consumer stands on one stream (one entry per source stream it reads). */
export interface ConsumerLag {
  durable: string;
  /** Base stream name, e.g. `BOOKINGS`. */
  stream: string;
  /** Messages matching the consumer not yet delivered to it. */
  pending: number;
  /** Delivered and not yet acknowledged. */
  ackPending: number;
  /** Delivered more than once and not yet acknowledged. */
  redelivered: number;
  /** Pull requests waiting for messages (replicas idle at the head of the stream). */
  waiting: number;
  /** When a message was last delivered to it, ISO 8601; null before the first delivery. */
  lastActive: string | null;
}

/**
 * The server sends `last_active` as an RFC 3339 time (the client's type says nanoseconds),
 * and leaves it out before any delivery.
 */
function lastActiveOf(value: unknown): string | null {
  return typeof value === 'string' ? new Date(value).toISOString() : null;
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && /not found/i.test(error.message);
}

/** The streams of this bus's namespace, by their full and base names. */
async function namespacedStreams(bus: Bus): Promise<{ name: string; base: string }[]> {
  const prefix = bus.namespace ? `${bus.namespace}_` : '';
  const streams: { name: string; base: string }[] = [];
  for await (const name of bus.jsm.streams.names()) {
    if (name.startsWith(prefix)) streams.push({ name, base: name.slice(prefix.length) });
  }
  return streams;
}

/**
 * Lag of each durable on every stream it reads. A durable is one server-side consumer per
 * source stream (see consumer.ts), so it is looked up on each stream of the namespace; a
 * durable never started has no entry.
 */
export async function consumerLag(bus: Bus, durables: readonly string[]): Promise<ConsumerLag[]> {
  const lags: ConsumerLag[] = [];
  for (const stream of await namespacedStreams(bus)) {
    for (const durable of durables) {
      const info = await bus.jsm.consumers.info(stream.name, durable).catch((error: unknown) => {
        if (isNotFound(error)) return null;
        throw error;
      });
      if (!info) continue;
      lags.push({
        durable,
        stream: stream.base,
        pending: info.num_pending,
        ackPending: info.num_ack_pending,
        redelivered: info.num_redelivered,
        waiting: info.num_waiting,
        lastActive: lastActiveOf(info.delivered.last_active),
      });
    }
  }
  return lags.sort(
    (a, b) => a.durable.localeCompare(b.durable) || a.stream.localeCompare(b.stream),
  );
}

export interface ModelBacklog {
  /** The mongoose model name, e.g. `Booking`. */
  model: string;
  /** Documents whose outbox still holds events. */
  documents: number;
  /** Events waiting in those outboxes. */
  events: number;
}

export interface OutboxBacklogReport {
  documents: number;
  events: number;
  byModel: ModelBacklog[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model with an outbox array
type AnyModel = Model<any>;

/**
 * Events written but not yet published, per model: the relay's own indexed query, read
 * through a cursor so a large backlog is counted without holding it.
 */
export async function outboxBacklog(models: readonly AnyModel[]): Promise<OutboxBacklogReport> {
  const byModel: ModelBacklog[] = [];
  for (const model of models) {
    let documents = 0;
    let events = 0;
    const cursor = model
      .find(PENDING_FILTER, { outbox: 1 })
      .lean<{ outbox?: unknown[] }>()
      .cursor();
    for await (const doc of cursor) {
      documents += 1;
      events += doc.outbox?.length ?? 0;
    }
    byModel.push({ model: model.modelName, documents, events });
  }
  return {
    documents: byModel.reduce((sum, m) => sum + m.documents, 0),
    events: byModel.reduce((sum, m) => sum + m.events, 0),
    byModel,
  };
}
