import type { Connection } from 'mongoose';
import { createOutboxRelay, followEvents, outboxWriter, startConsumer } from '@fabrique/bus';
import type { Bus, Follower, OutboxRelay, RunningConsumer } from '@fabrique/bus';
import { openStorage, outboxModelsOf, serviceClock, startRevocations } from '@fabrique/service-kit';
import type { Logger } from '@fabrique/service-kit';
import type { FundsConfig } from './config.js';
import { DURABLE, subscriptions, viewSubscriptions } from './events/index.js';
import { backfillDeliveryMonths } from './store/delivery.store.js';
import { fundsModels } from './store/models.js';
import type { FundsDeps } from './use-cases/deps.js';
import { FundLedgers } from './views/fund-ledgers.js';

export interface FundsRuntime {
  connection: Connection;
  bus: Bus;
  relay: OutboxRelay;
  consumer: RunningConsumer;
  followers: Follower[];
  deps: FundsDeps;
}

/**
 * Database, streams, views, relay and consumer: what main.ts, the tests and the CLI share.
 * At start it reads the list of funds only; a fund's ledger is read when first used.
 */
export async function startRuntime(config: FundsConfig, logger: Logger): Promise<FundsRuntime> {
  const { connection, models, bus } = await openStorage(config, {
    service: 'funds',
    streams: ['accounts', 'workshops', 'bookings', 'funds'],
    models: fundsModels,
  });
  const relay = createOutboxRelay({ bus, models: outboxModelsOf(models), logger });
  await backfillDeliveryMonths(models);
  const book = new FundLedgers(models);
  // Follow first, then load: what is published meanwhile is applied after (idempotently).
  const followers = [
    await followEvents(bus, {
      name: 'funds views',
      subscriptions: viewSubscriptions(book),
      logger,
    }),
  ];
  await book.loadFunds();
  const { revoked, follower: revocations } = await startRevocations(bus, logger);
  followers.push(revocations);
  const deps: FundsDeps = {
    models,
    revoked,
    book,
    logger,
    outbox: outboxWriter(relay),
    now: serviceClock(config.CLOCK_OFFSET_FILE),
  };
  const consumer = await startConsumer(bus, {
    durable: DURABLE,
    subscriptions: subscriptions(deps),
    logger,
  });
  logger.info({ funds: book.listFunds().length }, 'funds loaded');
  return { connection, bus, relay, consumer, followers, deps };
}
