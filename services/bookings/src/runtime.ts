import type { Connection } from 'mongoose';
import {
  createOutboxRelay,
  followEvents,
  KeyedQueue,
  outboxWriter,
  startConsumer,
} from '@fabrique/bus';
import type { Bus, Follower, OutboxRelay, RunningConsumer } from '@fabrique/bus';
import { openStorage, outboxModelsOf, serviceClock, startRevocations } from '@fabrique/service-kit';
import type { Logger } from '@fabrique/service-kit';
import { policyOf, type BookingsConfig } from './config.js';
import { DURABLE, subscriptions, viewSubscriptions } from './events/index.js';
import { backfillBookingMonths, finishInterruptedTransitions } from './store/booking.store.js';
import { backfillResidentMonths } from './store/resident-month.store.js';
import { findSession } from './store/session.store.js';
import { bookingsModels, type BookingsModels } from './store/models.js';
import { RECENT_CLAIMS_MS, recentlyActiveSessions, releaseLeftoverClaims } from './sweeps.js';
import type { BookingsDeps } from './use-cases/deps.js';
import { AvailabilityPublisher } from './views/availability-publisher.js';
import { LiveBookings } from './views/live-bookings.js';
import { SeatAllocator } from './views/seat-allocator.js';
import { SessionCache } from './views/session-cache.js';

export interface BookingsRuntime {
  connection: Connection;
  bus: Bus;
  relay: OutboxRelay;
  consumer: RunningConsumer;
  followers: Follower[];
  availability: AvailabilityPublisher;
  deps: BookingsDeps;
}

function buildDeps(
  config: BookingsConfig,
  logger: Logger,
  models: BookingsModels,
  views: Views,
  relay: OutboxRelay,
): BookingsDeps {
  const { live, sessions } = views;
  const allocator = new SeatAllocator((sessionId) => {
    const held = live.held(sessionId);
    // The use cases load a session into the view before they take its seats.
    if (!held) throw new Error(`session ${sessionId} is not in the live view`);
    return held;
  });
  live.onChange((sessionId) => allocator.changed(sessionId));
  return {
    models,
    live,
    sessions,
    allocator,
    queue: new KeyedQueue(),
    policy: policyOf(config),
    logger,
    outbox: outboxWriter(relay),
    now: serviceClock(config.CLOCK_OFFSET_FILE),
  };
}

interface Views {
  live: LiveBookings;
  sessions: SessionCache;
  availability: AvailabilityPublisher;
  followers: Follower[];
}

/** This replica's in-memory views (views/), following the events before anything is read. */
async function startViews(bus: Bus, models: BookingsModels, logger: Logger): Promise<Views> {
  const live = new LiveBookings(models);
  const sessions = new SessionCache(models);
  const availability = new AvailabilityPublisher(bus, sessions, live, logger);
  live.onChange((sessionId) => availability.touch(sessionId));
  const follower = await followEvents(bus, {
    name: 'bookings views',
    subscriptions: viewSubscriptions({ live, sessions }),
    logger,
  });
  return { live, sessions, availability, followers: [follower] };
}

const DAY = 24 * 3_600_000;
/**
 * How far back a start looks for claims a crash left (the sweep then looks two hours back every
 * round): a week of claims, by their hour, however long the network's history.
 */
const STARTUP_CLAIMS_MS = 7 * DAY;

/**
 * Database, streams, views, relay and consumer: what main.ts and the tests share. Before
 * serving, it finishes what a crash interrupted (transitions, then the last week's leftover
 * claims); nothing it reads at start grows with the network's history.
 */
export async function startRuntime(
  config: BookingsConfig,
  logger: Logger,
): Promise<BookingsRuntime> {
  const { connection, models, bus } = await openStorage(config, {
    service: 'bookings',
    streams: ['accounts', 'workshops', 'bookings'],
    models: bookingsModels,
  });
  const relay = createOutboxRelay({ bus, models: outboxModelsOf(models), logger });
  const views = await startViews(bus, models, logger);
  const { revoked, follower: revocations } = await startRevocations(bus, logger);
  const { availability } = views;
  const followers = [...views.followers, revocations];
  await backfillBookingMonths(models, (id) => findSession(models, id));
  await backfillResidentMonths(models);
  const repaired = await finishInterruptedTransitions(models, new Date(Date.now() - DAY));
  const deps = { ...buildDeps(config, logger, models, views, relay), revoked };
  const leftoverAge = config.LEFTOVER_CLAIM_AGE_MS;
  const released = await releaseLeftoverClaims(deps, leftoverAge, STARTUP_CLAIMS_MS);
  const active = await recentlyActiveSessions(deps, RECENT_CLAIMS_MS);
  logger.info(
    { repaired: repaired.length, released, republished: active.length },
    'bookings recovered',
  );
  for (const sessionId of active) availability.touch(sessionId);
  const consumer = await startConsumer(bus, {
    durable: DURABLE,
    subscriptions: subscriptions(deps, (sessionId) => availability.touch(sessionId)),
    logger,
  });
  return { connection, bus, relay, consumer, followers, availability, deps };
}
