import { DeliverPolicy, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import { streamNameOf } from '@fabrique/contracts';
import type { Bus } from './connection.js';
import type { HandlerContext, Subscription } from './consumer.js';
import { contextFromHeaders, inSpan, SpanKind } from './tracing.js';

export interface Follower {
  /** Resolves once the events stored before the follower started are applied. */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

export interface FollowOptions {
  /** Names the follower in logs: the view it keeps current. */
  name: string;
  /** The view's subscription table, typed like a durable consumer's (`on(event, handler)`). */
  subscriptions: Subscription[];
  logger: Logger;
  /** Replays the events stored since then first (default: only new events). */
  since?: Date | undefined;
}

// A follower's handler has no delivery to keep alive: every event comes once, in order.
const CONTEXT: HandlerContext = { deliveryCount: 1, working: () => undefined };

async function apply(
  subscription: Subscription,
  subject: string,
  msg: JsMsg,
  log: Logger,
): Promise<void> {
  try {
    await inSpan(
      `follow ${subject}`,
      SpanKind.CONSUMER,
      contextFromHeaders(msg.headers),
      { 'messaging.system': 'nats', 'messaging.destination.name': subject },
      () => subscription.handle(subscription.event.schema.parse(msg.json()), CONTEXT),
    );
  } catch (error) {
    // A view that misses one update is refreshed by the next one; the loop goes on.
    log.warn({ err: error, subject: msg.subject }, 'follower could not apply an event');
  }
}

/** The stream sequence of the newest event of these subjects stored since `since`, or 0. */
async function lastStoredSince(
  bus: Bus,
  stream: string,
  subjects: string[],
  since: Date,
): Promise<number> {
  let last = 0;
  for (const subject of subjects) {
    // null when none is stored yet; any other failure stops the start (a view that said it had
    // caught up without its backlog would serve stale state).
    const stored = await bus.jsm.streams.getMessage(bus.stream(stream), {
      last_by_subj: bus.subject(subject),
    });
    if (stored && stored.time >= since) last = Math.max(last, stored.seq);
  }
  return last;
}

async function followStream(
  bus: Bus,
  stream: string,
  subscriptions: Subscription[],
  log: Logger,
  since: Date | undefined,
): Promise<Follower> {
  const bySubject = new Map(subscriptions.map((s) => [s.event.subject, s]));
  const consumer = await bus.js.consumers.get(bus.stream(stream), {
    filter_subjects: [...bySubject.keys()].map((s) => bus.subject(s)),
    ...(since
      ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: since.toISOString() }
      : { deliver_policy: DeliverPolicy.New }),
  });
  const backlogEnd = since ? await lastStoredSince(bus, stream, [...bySubject.keys()], since) : 0;
  let markCaughtUp = () => {};
  const caughtUp = new Promise<void>((resolve) => {
    markCaughtUp = resolve;
  });
  if (backlogEnd === 0) markCaughtUp();
  const messages: ConsumerMessages = await consumer.consume();
  const running = (async () => {
    for await (const msg of messages) {
      const subject = bus.baseSubject(msg.subject);
      const subscription = bySubject.get(subject);
      if (subscription) await apply(subscription, subject, msg, log);
      // The last event stored before the start is applied: the rest came after.
      if (msg.seq >= backlogEnd) markCaughtUp();
    }
  })();
  return {
    caughtUp,
    async stop() {
      markCaughtUp();
      await messages.close();
      await running;
    },
  };
}

/**
 * Follows new events with ordered (ephemeral) consumers, one per stream the subscriptions
 * read: every replica sees every event, unlike a shared durable consumer that spreads them.
 * For per-replica views (caches of live state); effects that must happen once belong in a
 * durable consumer instead. Each event is parsed with its subscription's schema. The client
 * recreates an ordered consumer by itself after a gap or a server restart.
 */
export async function followEvents(bus: Bus, options: FollowOptions): Promise<Follower> {
  const byStream = new Map<string, Subscription[]>();
  for (const subscription of options.subscriptions) {
    const stream = streamNameOf(subscription.event.context);
    byStream.set(stream, [...(byStream.get(stream) ?? []), subscription]);
  }
  const log = options.logger.child({ follower: options.name });
  const followers = await Promise.all(
    [...byStream].map(([stream, subscriptions]) =>
      followStream(bus, stream, subscriptions, log, options.since),
    ),
  );
  return {
    caughtUp: Promise.all(followers.map((f) => f.caughtUp)).then(() => undefined),
    async stop() {
      await Promise.all(followers.map((f) => f.stop()));
    },
  };
}
