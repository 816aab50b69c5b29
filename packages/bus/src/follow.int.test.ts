import { eventually } from '@fabrique/testkit';
import type { Bus } from './connection.js';
import { on } from './consumer.js';
import { followEvents, type Follower } from './follow.js';
import { publishEvent } from './publish.js';
import { pingV1, silentLogger, testBus } from './test-support.js';

let bus: Bus;
let follower: Follower | undefined;

beforeEach(async () => {
  bus = await testBus();
});

afterEach(async () => {
  await follower?.stop();
  follower = undefined;
  await bus.close();
});

const ping = (n: number) => pingV1.create({ subject: `p${n}`, source: 'test' }, { n });

function follow(seen: number[], since?: Date) {
  return followEvents(bus, {
    name: 'test view',
    logger: silentLogger,
    subscriptions: [on(pingV1, async (event) => void seen.push(event.data.n))],
    since,
  });
}

describe('followEvents', () => {
  it('has caught up only once the events stored since `since` are applied', async () => {
    for (const n of [1, 2, 3]) await publishEvent(bus, ping(n));
    const seen: number[] = [];
    follower = await follow(seen, new Date(Date.now() - 60_000));
    await follower.caughtUp;
    expect(seen).toEqual([1, 2, 3]);
    await publishEvent(bus, ping(4));
    await eventually(
      async () => seen,
      (all) => all.length === 4,
    );
  });

  it('has caught up at once when nothing is stored yet, and then applies new events', async () => {
    const seen: number[] = [];
    follower = await follow(seen, new Date(Date.now() - 60_000));
    await follower.caughtUp;
    expect(seen).toEqual([]);
    await publishEvent(bus, ping(7));
    await eventually(
      async () => seen,
      (all) => all.join() === '7',
    );
  });

  it('without `since`, applies only what is published after it started', async () => {
    await publishEvent(bus, ping(1));
    const seen: number[] = [];
    follower = await follow(seen);
    await follower.caughtUp;
    await publishEvent(bus, ping(2));
    await eventually(
      async () => seen,
      (all) => all.join() === '2',
    );
  });
});
