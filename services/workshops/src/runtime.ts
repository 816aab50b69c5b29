import type { Connection } from 'mongoose';
import { createOutboxRelay, followEvents, outboxWriter, startConsumer } from '@fabrique/bus';
import type { Bus, Follower, OutboxRelay, RunningConsumer } from '@fabrique/bus';
import {
  insertOnce,
  openStorage,
  outboxModelsOf,
  serviceClock,
  startRevocations,
} from '@fabrique/service-kit';
import type { Logger } from '@fabrique/service-kit';
import type { WorkshopsConfig } from './config.js';
import { DURABLE, subscriptions, viewSubscriptions } from './events/index.js';
import { workshopsModels, type WorkshopsModels } from './store/models.js';
import { backfillSessionMonths } from './store/session.store.js';
import type { WorkshopsDeps } from './use-cases/deps.js';
import { CatalogueIndex } from './views/catalogue-index.js';

/** The kinds a network starts with; coordinators add more. */
const SEED_KINDS = [
  { _id: 'repair', label: 'Réparation' },
  { _id: 'cooking', label: 'Cuisine' },
  { _id: 'gardening', label: 'Jardinage' },
  { _id: 'sewing', label: 'Couture' },
  { _id: 'other', label: 'Autre' },
];

async function seedKinds(models: WorkshopsModels): Promise<void> {
  for (const kind of SEED_KINDS) {
    await insertOnce(models.kinds, kind);
  }
}

export interface WorkshopsRuntime {
  connection: Connection;
  bus: Bus;
  relay: OutboxRelay;
  consumer: RunningConsumer;
  followers: Follower[];
  deps: WorkshopsDeps;
}

/** The live catalogue (views/catalogue-index.ts), loaded by end month and followed. */
async function startCatalogue(bus: Bus, models: WorkshopsModels, logger: Logger) {
  await backfillSessionMonths(models);
  // Follow first, then load: an event published during the load is applied after it.
  const catalogue = new CatalogueIndex(models);
  const follower = await followEvents(bus, {
    name: 'catalogue',
    subscriptions: viewSubscriptions(catalogue),
    logger,
  });
  await catalogue.load();
  logger.info({ sessions: catalogue.size }, 'catalogue index loaded');
  return { catalogue, follower };
}

/** Database, streams, relay and consumer: what main.ts and the tests share. */
export async function startRuntime(
  config: WorkshopsConfig,
  logger: Logger,
): Promise<WorkshopsRuntime> {
  const { connection, models, bus } = await openStorage(config, {
    service: 'workshops',
    streams: ['accounts', 'workshops', 'bookings', 'funds'],
    models: workshopsModels,
  });
  await seedKinds(models);
  const relay = createOutboxRelay({ bus, models: outboxModelsOf(models), logger });
  const consumer = await startConsumer(bus, {
    durable: DURABLE,
    subscriptions: subscriptions(models),
    logger,
  });
  const { catalogue, follower } = await startCatalogue(bus, models, logger);
  const { revoked, follower: revocations } = await startRevocations(bus, logger);
  const followers = [follower, revocations];
  const deps: WorkshopsDeps = {
    models,
    revoked,
    outbox: outboxWriter(relay),
    now: serviceClock(config.CLOCK_OFFSET_FILE),
    backdateDays: config.SCHEDULE_PAST_DAYS,
    catalogue,
  };
  return { connection, bus, relay, consumer, followers, deps };
}
