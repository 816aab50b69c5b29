import { DLQ_STREAM } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import type { Bus } from './connection.js';
import { on, startConsumer, type RunningConsumer } from './consumer.js';
import { listDeadLetters } from './dead-letters.js';
import { PermanentFailure } from './errors.js';
import { publishEvent } from './publish.js';
import { pingV1, silentLogger, testBus } from './test-support.js';

let bus: Bus;
let consumer: RunningConsumer | undefined;

beforeEach(async () => {
  bus = await testBus();
});

afterEach(async () => {
  await consumer?.stop();
  consumer = undefined;
  await bus.close();
});

const fast = { logger: silentLogger, backoffMs: [200, 400], maxDeliver: 3, restartDelayMs: 100 };

describe('consume loop', () => {
  it('delivers each published event exactly once, even if published twice', async () => {
    const seen: number[] = [];
    consumer = await startConsumer(bus, {
      ...fast,
      durable: 'test--once',
      subscriptions: [on(pingV1, async (event) => void seen.push(event.data.n))],
    });
    const events = [1, 2, 3].map((n) => pingV1.create({ subject: `p${n}`, source: 'test' }, { n }));
    for (const event of events) await publishEvent(bus, event);
    const again = await publishEvent(bus, events[0]!);
    expect(again.duplicate).toBe(true);
    await eventually(
      async () => seen.length,
      (count) => count === 3,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(seen.sort()).toEqual([1, 2, 3]);
  });

  it('handles one aggregate’s events one at a time, in order, and other aggregates meanwhile', async () => {
    const log: string[] = [];
    consumer = await startConsumer(bus, {
      ...fast,
      durable: 'test--ordered',
      subscriptions: [
        on(pingV1, async (event) => {
          log.push(`start ${event.subject}#${event.data.n}`);
          // The first event of `a` is the slowest: a later one of `a` must still wait for it.
          await new Promise((r) => setTimeout(r, event.data.n === 1 ? 300 : 20));
          log.push(`end ${event.subject}#${event.data.n}`);
        }),
      ],
    });
    for (const [subject, n] of [
      ['a', 1],
      ['a', 2],
      ['b', 3],
    ] as const)
      await publishEvent(bus, pingV1.create({ subject, source: 'test' }, { n }));
    await eventually(
      async () => log.length,
      (count) => count === 6,
    );
    const a = log.filter((line) => line.includes(' a#'));
    expect(a).toEqual(['start a#1', 'end a#1', 'start a#2', 'end a#2']);
    // `b` did not wait for `a`.
    expect(log.indexOf('end b#3')).toBeLessThan(log.indexOf('end a#1'));
  });

  it('retries a transient failure with backoff, then succeeds', async () => {
    const attempts: number[] = [];
    consumer = await startConsumer(bus, {
      ...fast,
      durable: 'test--retry',
      subscriptions: [
        on(pingV1, async (_event, ctx) => {
          attempts.push(Date.now());
          if (ctx.deliveryCount < 3) throw new Error('database briefly unavailable');
        }),
      ],
    });
    await publishEvent(bus, pingV1.create({ subject: 'p', source: 'test' }, { n: 1 }));
    await eventually(
      async () => attempts.length,
      (count) => count === 3,
    );
    // nak delays of the backoff table: 200 ms after the 1st failure, 400 ms after the 2nd.
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(180);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(380);
    await new Promise((r) => setTimeout(r, 600));
    expect(attempts).toHaveLength(3);
    expect(await listDeadLetters(bus)).toEqual([]);
  });

  it('dead-letters a message that fails schema validation, with its reason', async () => {
    const handled: unknown[] = [];
    consumer = await startConsumer(bus, {
      ...fast,
      durable: 'test--schema',
      subscriptions: [on(pingV1, async (event) => void handled.push(event))],
    });
    const bad = {
      ...pingV1.create({ subject: 'p', source: 'test' }, { n: 1 }),
      data: { n: 'one' },
    };
    await bus.js.publish(bus.subject(pingV1.subject), JSON.stringify(bad), { msgID: 'bad-1' });
    const [letter] = await eventually(
      () => listDeadLetters(bus),
      (letters) => letters.length === 1,
    );
    expect(letter).toMatchObject({
      consumer: 'test--schema',
      originalSubject: 'accounts.ping.sent.v1',
      deliveryCount: 1,
      error: expect.stringContaining('data.n'),
    });
    expect(JSON.parse(letter!.payload)).toEqual(bad);
    expect(handled).toEqual([]);
  });

  it('dead-letters after the last allowed delivery, and at once on a permanent failure', async () => {
    let transientCalls = 0;
    consumer = await startConsumer(bus, {
      ...fast,
      durable: 'test--give-up',
      subscriptions: [
        on(pingV1, async (event) => {
          if (event.data.n === 1) {
            transientCalls += 1;
            throw new Error('still failing');
          }
          throw new PermanentFailure('refers to an unknown session');
        }),
      ],
    });
    await publishEvent(bus, pingV1.create({ subject: 'p1', source: 'test' }, { n: 1 }));
    await publishEvent(bus, pingV1.create({ subject: 'p2', source: 'test' }, { n: 2 }));
    const letters = await eventually(
      () => listDeadLetters(bus),
      (found) => found.length === 2,
    );
    const byError = Object.fromEntries(letters.map((l) => [l.error, l.deliveryCount]));
    expect(byError).toEqual({ 'still failing': 3, 'refers to an unknown session': 1 });
    expect(transientCalls).toBe(3);
    const dlq = await bus.jsm.streams.info(bus.stream(DLQ_STREAM));
    expect(dlq.state.messages).toBe(2);
  });

  it('restarts its loop and recreates the consumer when it disappears', async () => {
    const seen: number[] = [];
    consumer = await startConsumer(bus, {
      ...fast,
      durable: 'test--restart',
      subscriptions: [on(pingV1, async (event) => void seen.push(event.data.n))],
    });
    await publishEvent(bus, pingV1.create({ subject: 'p', source: 'test' }, { n: 1 }));
    await eventually(
      async () => seen.length,
      (count) => count === 1,
    );
    await bus.jsm.consumers.delete(bus.stream('ACCOUNTS'), 'test--restart');
    await eventually(
      async () => consumer!.restarts(),
      (restarts) => restarts >= 1,
      20_000,
    );
    await publishEvent(bus, pingV1.create({ subject: 'p', source: 'test' }, { n: 2 }));
    // The recreated durable starts from the stream's beginning: handlers must be idempotent.
    await eventually(async () => seen.includes(2), Boolean, 20_000);
  });
});

describe('a dependency down', () => {
  it('holds the message instead of spending its deliveries, however long it lasts', async () => {
    let attempts = 0;
    const deliveries: number[] = [];
    consumer = await startConsumer(bus, {
      ...fast,
      outagePausesMs: [20],
      durable: 'test--outage',
      subscriptions: [
        on(pingV1, async (_event, ctx) => {
          attempts += 1;
          deliveries.push(ctx.deliveryCount);
          // Twice the delivery limit of failures, as a database server down for a while.
          if (attempts <= 2 * fast.maxDeliver)
            throw Object.assign(new Error('connect ECONNREFUSED'), { name: 'MongoNetworkError' });
        }),
      ],
    });
    await publishEvent(bus, pingV1.create({ subject: 'outage', source: 'test' }, { n: 1 }));
    await eventually(
      async () => attempts,
      (count) => count === 2 * fast.maxDeliver + 1,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts).toBe(2 * fast.maxDeliver + 1);
    expect(new Set(deliveries)).toEqual(new Set([1]));
    expect(await listDeadLetters(bus, 1, 100, 'test--outage')).toEqual([]);
  });
});

describe('a message held by a live replica', () => {
  it('is not redelivered while its handler runs, or while it waits behind its aggregate, past the ack wait', async () => {
    const handled: string[] = [];
    consumer = await startConsumer(bus, {
      logger: silentLogger,
      durable: 'test--keep-alive',
      ackWaitMs: 1_000,
      subscriptions: [
        on(pingV1, async (event, ctx) => {
          handled.push(`${event.data.n}@${ctx.deliveryCount}`);
          // Three ack waits, without the handler saying it is still working.
          if (event.data.n === 1) await new Promise((resolve) => setTimeout(resolve, 3_000));
        }),
      ],
    });
    for (const n of [1, 2])
      await publishEvent(bus, pingV1.create({ subject: 'same-aggregate', source: 'test' }, { n }));
    await eventually(
      async () => handled.length,
      (count) => count >= 2,
    );
    // A redelivery would show up as a second run, delivered twice.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(handled).toEqual(['1@1', '2@1']);
  });
});
