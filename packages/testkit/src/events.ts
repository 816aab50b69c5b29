import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import { streamNameOf } from '@fabrique/contracts';

export interface EventRecorder {
  /** Every message seen so far on the subject, parsed as JSON. */
  readonly events: unknown[];
  /** Resolves once at least `count` messages arrived (rejects after the timeout). */
  waitFor(count: number, timeoutMs?: number): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * Records what a stream holds for one subject through an ordered (ephemeral) consumer, from
 * the beginning of the stream: an independent observer of what services publish.
 */
export async function recordEvents(
  natsUrl: string,
  namespace: string,
  subject: string,
): Promise<EventRecorder> {
  const nc: NatsConnection = await connect({ servers: natsUrl, name: 'test-recorder' });
  const context = subject.split('.')[0] ?? '';
  const stream = namespace ? `${namespace}_${streamNameOf(context)}` : streamNameOf(context);
  const fullSubject = namespace ? `${namespace}.${subject}` : subject;
  const consumer = await jetstream(nc).consumers.get(stream, { filter_subjects: [fullSubject] });
  const messages: ConsumerMessages = await consumer.consume();
  const events: unknown[] = [];
  const listeners = new Set<() => void>();
  void (async () => {
    for await (const msg of messages) {
      events.push(msg.json());
      for (const listener of listeners) listener();
    }
  })();
  return {
    events,
    waitFor(count, timeoutMs = 10_000) {
      return waitUntil(
        () => events.length >= count,
        listeners,
        timeoutMs,
        () => `${events.length}/${count} events on ${subject}`,
      ).then(() => events);
    },
    async close() {
      await messages.close();
      await nc.close();
    },
  };
}

function waitUntil(
  done: () => boolean,
  listeners: Set<() => void>,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const timer = setTimeout(() => {
      listeners.delete(check);
      reject(new Error(`timed out after ${timeoutMs} ms: ${describe()}`));
    }, timeoutMs);
    function check() {
      if (!done()) return;
      clearTimeout(timer);
      listeners.delete(check);
      resolve();
    }
    listeners.add(check);
  });
}

/** Polls an async condition until it holds (for effects of asynchronous consumers). */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`,
      );
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}
