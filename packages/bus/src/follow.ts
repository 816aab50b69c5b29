import { DeliverPolicy, type ConsumerMessages } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { Bus } from './connection.js';
import { contextFromHeaders, inSpan, SpanKind } from './tracing.js';

export interface Follower {
  stop(): Promise<void>;
}

/**
 * Follows new events of a stream with an ordered (ephemeral) consumer: every replica sees
 * every event, unlike a shared durable consumer that spreads them. For per-replica views such
 * as caches; effects that must happen once belong in a durable consumer instead. The client
 * recreates the ordered consumer by itself after a gap or a server restart.
 */
export async function followEvents(
  bus: Bus,
  options: {
    stream: string;
    subjects: string[];
    logger: Logger;
    handle: (subject: string, event: unknown) => Promise<void>;
  },
): Promise<Follower> {
  const consumer = await bus.js.consumers.get(bus.stream(options.stream), {
    filter_subjects: options.subjects.map((s) => bus.subject(s)),
    deliver_policy: DeliverPolicy.New,
  });
  const messages: ConsumerMessages = await consumer.consume();
  const log = options.logger.child({ follower: options.stream });
  const running = (async () => {
    for await (const msg of messages) {
      const subject = bus.baseSubject(msg.subject);
      try {
        await inSpan(
          `follow ${subject}`,
          SpanKind.CONSUMER,
          contextFromHeaders(msg.headers),
          { 'messaging.system': 'nats', 'messaging.destination.name': subject },
          () => options.handle(subject, msg.json()),
        );
      } catch (error) {
        // A view that misses one update is refreshed by the next one; the loop goes on.
        log.warn({ err: error, subject: msg.subject }, 'follower could not apply an event');
      }
    }
  })();
  return {
    async stop() {
      await messages.close();
      await running;
    },
  };
}
