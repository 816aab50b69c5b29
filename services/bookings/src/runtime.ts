import type { Connection } from 'mongoose';
import {
  connectBus,
  createOutboxRelay,
  ensureStreams,
  startConsumer,
  KeyedQueue,
  type Bus,
  type Follower,
  type OutboxRelay,
  type RunningConsumer,
} from '@fabrique/bus';
import { connectMongo, type Logger } from '@fabrique/service-kit';
import { policyOf, type BookingsConfig } from './config.js';
import { DURABLE, subscriptions } from './events/index.js';
import { AvailabilityPublisher } from './ledger/availability-publisher.js';
import { BookingIndex } from './ledger/booking-index.js';
import { followBookings } from './ledger/follow-bookings.js';
import { followSessions } from './ledger/follow-sessions.js';
import { SessionCache } from './ledger/session-cache.js';
import { SeatAllocator } from './ledger/seat-allocator.js';
import { finishInterruptedTransitions } from './store/booking.store.js';
import { bookingsModels, outboxModels, syncIndexes, type BookingsModels } from './store/models.js';
import type { BookingsDeps } from './use-cases/deps.js';
import { releaseLeftoverClaims } from './use-cases/sweeps.js';

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
  const { index, sessions } = views;
  return {
    models,
    index,
    sessions,
    allocator: new SeatAllocator(index),
    queue: new KeyedQueue(),
    policy: policyOf(config),
    logger,
    eventsWritten: (modelName, id, events) => relay.written(modelName, id, events),
    now: () => new Date(),
  };
}

interface Views {
  index: BookingIndex;
  sessions: SessionCache;
  availability: AvailabilityPublisher;
  followers: Follower[];
}

/** This replica's in-memory views, following the events before the index loads. */
async function startViews(bus: Bus, models: BookingsModels, logger: Logger): Promise<Views> {
  const index = new BookingIndex();
  const sessions = new SessionCache(models);
  const availability = new AvailabilityPublisher(bus, sessions, index, logger);
  index.onChange((sessionId) => availability.touch(sessionId));
  const followers = [
    await followBookings(bus, index, logger),
    await followSessions(bus, sessions, logger),
  ];
  return { index, sessions, availability, followers };
}

const DAY = 24 * 3_600_000;
/** Claims younger than this may belong to a request another replica is still serving. */
export const LEFTOVER_AGE_MS = 60_000;

/**
 * Database, streams, index, relay and consumer: what main.ts and the tests share. Before
 * serving, it finishes what a crash interrupted (transitions, then leftover claims).
 */
export async function startRuntime(
  config: BookingsConfig,
  logger: Logger,
): Promise<BookingsRuntime> {
  const connection = await connectMongo(config.MONGO_URL);
  const models = bookingsModels(connection);
  await syncIndexes(models);
  const bus = await connectBus({
    servers: config.NATS_URL,
    name: 'bookings',
    namespace: config.NATS_NAMESPACE,
    streamReplicas: config.NATS_STREAM_REPLICAS,
  });
  await ensureStreams(bus, ['accounts', 'workshops', 'bookings']);
  const relay = createOutboxRelay({ bus, models: outboxModels(models), logger });
  const views = await startViews(bus, models, logger);
  const { index, availability, followers } = views;
  const repaired = await finishInterruptedTransitions(models, new Date(Date.now() - DAY));
  await index.load(models);
  const deps = buildDeps(config, logger, models, views, relay);
  const released = await releaseLeftoverClaims(deps, LEFTOVER_AGE_MS);
  logger.info(
    { bookings: index.size, repaired: repaired.length, released },
    'booking index loaded',
  );
  for (const sessionId of index.sessionIds()) availability.touch(sessionId);
  const consumer = await startConsumer(bus, {
    durable: DURABLE,
    subscriptions: subscriptions(deps, (sessionId) => availability.touch(sessionId)),
    logger,
  });
  return { connection, bus, relay, consumer, followers, availability, deps };
}
