import { eventually } from '@fabrique/testkit';
import type { Bus } from './connection.js';
import { on, startConsumer, type RunningConsumer } from './consumer.js';
import { deadLetterAt, listDeadLetters, replayDeadLetter } from './dead-letters.js';
import { publishEvent } from './publish.js';
import { pingV1, silentLogger, testBus } from './test-support.js';

let bus: Bus;
let consumer: RunningConsumer | undefined;

beforeEach(async () => {
  bus = await testBus();
});

afterEach(async () => {
  await consumer?.stop();
  await bus.close();
});

const fast = { logger: silentLogger, backoffMs: [100], maxDeliver: 2, restartDelayMs: 100 };

describe('dead letter replay', () => {
  it('delivers the message again once, removes the letter, and lists by consumer', async () => {
    let healthy = false;
    const handled: number[] = [];
    consumer = await startConsumer(bus, {
      ...fast,
      durable: 'test--replay',
      subscriptions: [
        on(pingV1, async (event) => {
          if (!healthy) throw new Error('downstream is down');
          handled.push(event.data.n);
        }),
      ],
    });
    await publishEvent(bus, pingV1.create({ subject: 'p', source: 'test' }, { n: 7 }));
    const [letter] = await eventually(
      () => listDeadLetters(bus, 1, 100, 'test--replay'),
      (letters) => letters.length === 1,
    );
    expect(await listDeadLetters(bus, 1, 100, 'someone-else')).toEqual([]);

    healthy = true;
    await replayDeadLetter(bus, letter!);
    await replayDeadLetter(bus, letter!);
    await eventually(
      async () => handled,
      (seen) => seen.length >= 1,
    );
    expect(await deadLetterAt(bus, letter!.seq)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(handled).toEqual([7]);
  });
});
