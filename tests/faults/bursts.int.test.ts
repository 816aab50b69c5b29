// One network on a database server and a broker of its own. A burst of bookings, and the
// coordinator recording door money meanwhile, are broken by a fault — the bookings service
// killed, the other services killed, the broker killed, the database server killed — and
// brought back; every time, nothing answered is lost, nothing is doubled (bookings, ledger
// entries, booking events, emails, in-app messages), no seat is oversold, no 500 is seen,
// every service is ready again by itself and every outbox drains.
import {
  ownBroker,
  ownDatabaseServer,
  recordEvents,
  type EventRecorder,
  type KillableServer,
} from '@fabrique/testkit';
import { startSystem, type RunningSystem } from '../../services/web/src/e2e/system.js';
import {
  aBurstSession,
  aScene,
  burst,
  contributionBurst,
  type Outcomes,
  type Scene,
} from './burst.js';
import {
  expectEveryBookingKept,
  expectNoServerError,
  expectOneEventPerBookingVersion,
  mailCounts,
  resentCopies,
  untilOneEmailEach,
  untilDrained,
  untilSeatsHeld,
  untilSeatsAgree,
} from './invariants.js';
import { expectEveryContributionKept, untilOneInAppEach } from './ledger-inbox.js';
import { recordFault } from './report.js';

const CAPACITY = 8;
const RESIDENTS = 14;
/** Door money the coordinator records during each burst. */
const CONTRIBUTIONS = 10;

let db: KillableServer;
let broker: KillableServer;
let system: RunningSystem;
let scene: Scene;

beforeAll(async () => {
  db = await ownDatabaseServer();
  broker = await ownBroker();
  system = await startSystem({ mongoUrl: db.url, natsUrl: broker.url });
  scene = await aScene(system, RESIDENTS);
}, 120_000);

afterAll(async () => {
  await system?.stop();
  await broker?.kill();
  await db?.kill();
});

/** Every booking event the stream holds, read from its start once the network is back. */
async function storedBookingEvents(): Promise<unknown[]> {
  const recorder: EventRecorder = await recordEvents(
    broker.url,
    system.namespace,
    'bookings.booking.>',
  );
  try {
    let seen = -1;
    while (recorder.events.length !== seen) {
      seen = recorder.events.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return [...recorder.events];
  } finally {
    await recorder.close();
  }
}

/** The bursts of bookings and of door money, with `fault` striking 300 ms in. */
async function burstsBrokenBy(name: string, sessionId: string, fault: () => Promise<void>) {
  const started = Date.now();
  const [bookings, money] = await Promise.all([
    burst(system.url, scene, sessionId),
    contributionBurst(system.url, scene, name, CONTRIBUTIONS),
    new Promise((resolve) => setTimeout(resolve, 300)).then(fault),
  ]);
  const unhandled = system
    .logs()
    .split('\n')
    .filter((line) => line.includes('unhandled error'));
  // What a 500 was, if any: its stack is in the service's log.
  if (unhandled.length > 0) console.error(unhandled.join('\n').slice(0, 4_000));
  expectNoServerError(bookings);
  expectNoServerError(money);
  return { bookings, money, burstMs: Date.now() - started };
}

/** Runs the bursts broken by `fault`, then checks everything and records times. */
async function survives(name: string, day: number, fault: () => Promise<void>) {
  const sessionId = await aBurstSession(scene, CAPACITY, day);
  const mailsBefore = mailCounts(system.smtp, scene);
  const { bookings, money, burstMs } = await burstsBrokenBy(name, sessionId, fault);
  await expectEveryBookingKept(scene, sessionId, bookings);
  await expectEveryContributionKept(scene, name, money);
  const drainedMs = await untilDrained(scene);
  const seatsHeldMs = await untilSeatsHeld(scene, sessionId, CAPACITY);
  const seatsAgreeMs = await untilSeatsAgree(scene, sessionId, 0);
  const emailsMs = await untilOneEmailEach(system.smtp, scene, mailsBefore);
  const inAppMs = await untilOneInAppEach(scene, bookings);
  const bookingVersions = expectOneEventPerBookingVersion(await storedBookingEvents());
  const temporary = (outcomes: Outcomes) =>
    [...outcomes.values()].flat().filter((a) => a.status !== 201).length;
  recordFault(name, {
    ...{ burstMs, drainedMs, seatsHeldMs, seatsAgreeMs, emailsMs, inAppMs },
    temporaryBookingAnswers: temporary(bookings),
    temporaryMoneyAnswers: temporary(money),
    resentCopiesSoFar: resentCopies(system.smtp, scene),
    bookingVersionsPublishedSoFar: bookingVersions,
  });
}

it('survives the bookings service killed mid-burst', async () => {
  await survives('bookings-killed-mid-burst', 3, () => system.crashAndRestart('bookings'));
}, 150_000);

it('survives the other services killed one after the other mid-burst', async () => {
  await survives('other-services-killed-mid-burst', 6, async () => {
    for (const service of ['notifications', 'workshops', 'funds', 'accounts'] as const)
      await system.crashAndRestart(service);
  });
}, 150_000);

it('survives the broker killed for 5 s mid-burst', async () => {
  await survives('broker-killed-mid-burst', 4, async () => {
    await broker.kill();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await broker.restart();
  });
}, 150_000);

it('survives the database server killed for 5 s mid-burst', async () => {
  await survives('database-killed-mid-burst', 5, async () => {
    await db.kill();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await db.restart();
  });
}, 150_000);
