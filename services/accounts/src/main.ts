import {
  ConfigError,
  createLogger,
  listen,
  storageReadiness,
  shutdownInOrder,
  startRevocations,
  startSweeper,
} from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadAccountsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

const SERVICE = 'accounts';

async function main(): Promise<void> {
  const config = loadAccountsConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const { connection, bus, relay, deps } = await startRuntime(config, logger);
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startSweeper(sweepTasks(deps), logger);
  const { revoked, follower: revocations } = await startRevocations(bus, logger);

  const app = createApp({
    ...deps,
    bus,
    logger,
    revoked,
    bodyLimit: config.BODY_LIMIT,
    readiness: storageReadiness(connection, bus),
  });
  const server = listen(app, { service: SERVICE, host: config.HOST, port: config.PORT, logger });

  shutdownInOrder(
    logger,
    { server, background: [sweeper, revocations], relay, bus, connection },
    config.SHUTDOWN_TIMEOUT_MS,
  );
}

main().catch((error: unknown) => {
  // Configuration errors list every bad variable; anything else is a start-up failure.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
