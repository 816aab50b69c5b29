import type { ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { streamNameOf } from '@fabrique/contracts';
import type { Bus } from './connection.js';
import { deadLetter } from './dead-letters.js';
import { PermanentFailure } from './errors.js';
import { KeyedQueue } from './keyed-queue.js';
import { recordProcessed, type ProcessOutcome } from './metrics.js';
import { keepAlive } from './keep-alive.js';
import { outlastOutage } from './outages.js';
import { Semaphore } from './semaphore.js';
import { ensureDurableConsumer } from './topology.js';
import { contextFromHeaders, inSpan, SpanKind } from './tracing.js';

export interface HandlerContext {
  deliveryCount: number;
  /** Tells the server the handler is still busy, so it does not redeliver yet. */
  working(): void;
}

export interface Subscription<S extends z.ZodType = z.ZodType> {
  event: { subject: string; context: string; schema: S };
  handle(event: z.infer<S>, ctx: HandlerContext): Promise<void>;
}

/** Keeps the event's schema and handler together with full typing in subscription tables. */
export function on<S extends z.ZodType>(
  event: { subject: string; context: string; schema: S },
  handle: (event: z.infer<S>, ctx: HandlerContext) => Promise<void>,
): Subscription {
  return { event, handle };
}

export interface ConsumerOptions {
  /** `<consumer-service>--<purpose>`, shared by all replicas. */
  durable: string;
  subscriptions: Subscription[];
  logger: Logger;
  /** Handlers running at once per stream. */
  concurrency?: number;
  /** Deliveries before a failing message is dead-lettered. */
  maxDeliver?: number;
  /** nak delays by delivery count (1st failure → [0], …); the last repeats. */
  backoffMs?: number[];
  ackWaitMs?: number;
  /** Pause before the loop restarts after a failure or missed heartbeats. */
  restartDelayMs?: number;
  /** Pauses between attempts of a handler failing because a dependency is down (outages.ts). */
  outagePausesMs?: number[];
}

export interface RunningConsumer {
  /** Stops pulling, lets running handlers finish, then returns. */
  stop(): Promise<void>;
  /** How many times a consume loop was restarted (missed heartbeats, errors). */
  restarts(): number;
}

const DEFAULTS = {
  concurrency: 8,
  maxDeliver: 8,
  backoffMs: [1_000, 5_000, 30_000, 120_000],
  ackWaitMs: 10_000,
  restartDelayMs: 1_000,
  outagePausesMs: [500, 1_000, 2_000, 5_000],
};

/** Starts one consume loop per source stream of the subscriptions. */
export async function startConsumer(bus: Bus, options: ConsumerOptions): Promise<RunningConsumer> {
  const settings = { ...DEFAULTS, ...options };
  const byStream = new Map<string, Subscription[]>();
  for (const sub of options.subscriptions) {
    const stream = streamNameOf(sub.event.context);
    byStream.set(stream, [...(byStream.get(stream) ?? []), sub]);
  }
  const loops = [...byStream].map(([stream, subs]) => new ConsumeLoop(bus, stream, subs, settings));
  for (const loop of loops) await loop.prepare();
  for (const loop of loops) loop.start();
  return {
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
    restarts: () => loops.reduce((sum, loop) => sum + loop.restarts, 0),
  };
}

type Settings = typeof DEFAULTS & ConsumerOptions;

class ConsumeLoop {
  restarts = 0;
  private stopping = false;
  private messages: ConsumerMessages | undefined;
  private running: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly slots: Semaphore;
  private readonly byAggregate = new KeyedQueue();
  private readonly handlers: Map<string, Subscription>;
  private readonly log: Logger;

  constructor(
    private readonly bus: Bus,
    private readonly stream: string,
    subscriptions: Subscription[],
    private readonly settings: Settings,
  ) {
    this.slots = new Semaphore(settings.concurrency);
    this.handlers = new Map(subscriptions.map((s) => [s.event.subject, s]));
    this.log = settings.logger.child({ consumer: settings.durable, stream });
  }

  async prepare(): Promise<void> {
    await ensureDurableConsumer(this.bus, {
      stream: this.stream,
      durable: this.settings.durable,
      subjects: [...this.handlers.keys()],
      ackWaitMs: this.settings.ackWaitMs,
    });
  }

  start(): void {
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    await this.running;
    await Promise.allSettled([...this.inFlight]);
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.consumeOnce();
      } catch (error) {
        this.log.warn({ err: error }, 'consume loop failed; restarting');
      }
      if (this.stopping) break;
      this.restarts += 1;
      await new Promise((resolve) => setTimeout(resolve, this.settings.restartDelayMs));
      await this.prepare().catch((error: unknown) =>
        this.log.warn({ err: error }, 'consumer re-creation failed'),
      );
    }
  }

  private async consumeOnce(): Promise<void> {
    const consumer = await this.bus.js.consumers.get(
      this.bus.stream(this.stream),
      this.settings.durable,
    );
    const messages = await consumer.consume({ max_messages: this.settings.concurrency * 2 });
    this.messages = messages;
    void this.watchStatus(messages);
    for await (const msg of messages) {
      const alive = keepAlive(msg, this.settings.ackWaitMs);
      await this.slots.acquire();
      // Events of one aggregate (the envelope's subject) are handled in order in this
      // replica: projections that keep "the newest version" cannot rely on conditional
      // updates being atomic (FerretDB's are not), so two versions must not race.
      const work = this.byAggregate
        .run(aggregateOf(msg), () => this.process(msg))
        .finally(() => {
          alive.stop();
          this.slots.release();
          this.inFlight.delete(work);
        });
      this.inFlight.add(work);
    }
  }

  /** The client keeps pulling after missed heartbeats; we restart the loop instead. */
  private async watchStatus(messages: ConsumerMessages): Promise<void> {
    for await (const status of messages.status()) {
      const lost =
        (status.type === 'heartbeats_missed' && status.count >= 2) ||
        status.type === 'consumer_deleted';
      if (lost && !this.stopping) {
        this.log.warn({ status }, 'consumer lost; restarting the consume loop');
        messages.stop();
      }
    }
  }

  private async process(msg: JsMsg): Promise<void> {
    const subject = this.bus.baseSubject(msg.subject);
    const deliveryCount = msg.info.deliveryCount;
    const startedAt = performance.now();
    await inSpan(
      `process ${subject}`,
      SpanKind.CONSUMER,
      contextFromHeaders(msg.headers),
      {
        'messaging.system': 'nats',
        'messaging.consumer.group.name': this.settings.durable,
        'messaging.destination.name': subject,
      },
      async () => {
        const outcome = await this.dispatch(msg, subject, deliveryCount);
        recordProcessed(this.settings.durable, subject, outcome, startedAt);
      },
    ).catch((error: unknown) => this.log.error({ err: error, subject }, 'message outcome failed'));
  }

  private async dispatch(
    msg: JsMsg,
    subject: string,
    deliveryCount: number,
  ): Promise<ProcessOutcome> {
    if (deliveryCount > this.settings.maxDeliver) {
      return this.reject(msg, `delivered ${deliveryCount} times without success`);
    }
    const subscription = this.handlers.get(subject);
    if (!subscription) return this.reject(msg, `no handler for ${subject}`);
    const parsed = parseEvent(subscription, msg);
    if (!parsed.success) return this.reject(msg, parsed.error);
    try {
      await this.handleOutlastingOutages(msg, subject, () =>
        subscription.handle(parsed.data, { deliveryCount, working: () => msg.working() }),
      );
      msg.ack();
      return 'ack';
    } catch (error) {
      if (error instanceof PermanentFailure || deliveryCount >= this.settings.maxDeliver) {
        return this.reject(msg, describe(error));
      }
      const delay =
        this.settings.backoffMs[Math.min(deliveryCount, this.settings.backoffMs.length) - 1] ?? 0;
      this.log.warn(
        { err: error, subject, deliveryCount, retryInMs: delay },
        'handler failed; will retry',
      );
      msg.nak(delay);
      return 'retry';
    }
  }

  /** Runs the handler; a dependency being down holds the message instead of failing it. */
  private async handleOutlastingOutages(msg: JsMsg, subject: string, handle: () => Promise<void>) {
    try {
      await handle();
    } catch (error) {
      const left = await outlastOutage(error, handle, {
        pausesMs: this.settings.outagePausesMs,
        working: () => msg.working(),
        stopping: () => this.stopping,
        log: this.log.child({ subject }),
      });
      if (left !== undefined) throw left;
    }
  }

  /** Dead-letters then terminates; if the DLQ write fails the message is retried later. */
  private async reject(msg: JsMsg, reason: string): Promise<ProcessOutcome> {
    try {
      await deadLetter(this.bus, this.settings.durable, msg, reason);
      msg.term(reason.slice(0, 200));
      this.log.error(
        { subject: msg.subject, reason, deliveryCount: msg.info.deliveryCount },
        'message dead-lettered',
      );
      return 'dead_letter';
    } catch (error) {
      this.log.error({ err: error }, 'dead-lettering failed; message will be redelivered');
      msg.nak(this.settings.restartDelayMs);
      return 'retry';
    }
  }
}

function parseEvent(
  subscription: Subscription,
  msg: JsMsg,
): { success: true; data: unknown } | { success: false; error: string } {
  let json: unknown;
  try {
    json = msg.json();
  } catch (error) {
    return { success: false, error: `invalid JSON: ${describe(error)}` };
  }
  const result = subscription.event.schema.safeParse(json);
  if (result.success) return { success: true, data: result.data };
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return { success: false, error: `schema validation failed: ${issues.join('; ')}` };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The aggregate an event is about (the envelope's `subject`), or the message's own sequence. */
function aggregateOf(msg: JsMsg): string {
  try {
    const subject = msg.json<{ subject?: unknown }>().subject;
    if (typeof subject === 'string') return subject;
  } catch {
    // Not JSON: it goes to the dead letters on its own.
  }
  return `seq:${msg.seq}`;
}
