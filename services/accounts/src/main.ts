import type { AddressInfo } from 'node:net';
import { connectBus, createOutboxRelay, ensureStreams } from '@fabrique/bus';
import {
  closeServer,
  ConfigError,
  connectMongo,
  createLogger,
  mongoIsUp,
  onShutdownSignal,
  type Logger,
} from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadAccountsConfig, type AccountsConfig } from './config.js';
import { outboxModels } from './events/index.js';
import { accountModel } from './store/account.store.js';

const SERVICE = 'accounts';

async function connect(config: AccountsConfig) {
  const connection = await connectMongo(config.MONGO_URL);
  const accounts = accountModel(connection);
  await accounts.syncIndexes();
  const bus = await connectBus({
    servers: config.NATS_URL,
    name: SERVICE,
    namespace: config.NATS_NAMESPACE,
  });
  await ensureStreams(bus, ['accounts']);
  return { connection, accounts, bus };
}

async function main(): Promise<void> {
  const config = loadAccountsConfig();
  const logger: Logger = createLogger(SERVICE, config.LOG_LEVEL);
  const { connection, accounts, bus } = await connect(config);

  const relay = createOutboxRelay({
    bus,
    models: outboxModels({ accounts }),
    logger,
    ...(config.FAULT_KILL_AFTER_PUBLISH && {
      afterPublish: () => {
        process.kill(process.pid, 'SIGKILL');
      },
    }),
  });
  if (config.OUTBOX_RELAY_ENABLED) relay.start();

  const app = createApp({
    logger,
    accounts,
    bodyLimit: config.BODY_LIMIT,
    eventsWritten: () => relay.wake(),
    readiness: {
      mongo: () => mongoIsUp(connection),
      nats: () => Promise.resolve(bus.isConnected()),
    },
  });
  const server = app.listen(config.PORT, config.HOST, () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ port }, `${SERVICE} listening on http://${config.HOST}:${port}`);
  });

  // Order matters: stop taking requests, publish what is pending, then close connections.
  onShutdownSignal(
    logger,
    [
      { name: 'http', run: () => closeServer(server) },
      { name: 'outbox relay', run: () => relay.stop() },
      { name: 'nats', run: () => bus.close() },
      { name: 'mongo', run: () => connection.close() },
    ],
    config.SHUTDOWN_TIMEOUT_MS,
  );
}

main().catch((error: unknown) => {
  // Configuration errors list every bad variable; anything else is a start-up failure.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
