import type { Express } from 'express';
import type { Connection } from 'mongoose';
import {
  connectBus,
  createOutboxRelay,
  ensureStreams,
  type Bus,
  type OutboxRelay,
} from '@fabrique/bus';
import { connectMongo, createLogger } from '@fabrique/service-kit';
import { isolatedEnvironment } from '@fabrique/testkit';
import { createApp } from './app.js';
import { outboxModels } from './events/index.js';
import { accountModel, type AccountModel } from './store/account.store.js';

export interface AccountsHarness {
  app: Express;
  bus: Bus;
  accounts: AccountModel;
  connection: Connection;
  relay: OutboxRelay;
  env: ReturnType<typeof isolatedEnvironment>;
  stop(): Promise<void>;
}

/** The accounts service wired as main.ts does, on a fresh database and NATS namespace. */
export async function startAccountsHarness(): Promise<AccountsHarness> {
  const env = isolatedEnvironment('accounts');
  const logger = createLogger('accounts-test', 'silent');
  const connection = await connectMongo(env.mongoUrl, env.dbName);
  const accounts = accountModel(connection);
  await accounts.syncIndexes();
  const bus = await connectBus({
    servers: env.natsUrl,
    name: 'accounts-test',
    namespace: env.namespace,
  });
  await ensureStreams(bus, ['accounts']);
  const relay = createOutboxRelay({
    bus,
    models: outboxModels({ accounts }),
    logger,
    pollIntervalMs: 200,
  });
  relay.start();
  const app = createApp({
    logger,
    accounts,
    eventsWritten: () => relay.wake(),
    readiness: { mongo: () => Promise.resolve(true) },
  });
  return {
    app,
    bus,
    accounts,
    connection,
    relay,
    env,
    async stop() {
      await relay.stop();
      await bus.close();
      await connection.dropDatabase();
      await connection.close();
    },
  };
}
