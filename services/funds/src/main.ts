import {
  ConfigError,
  createLogger,
  listen,
  remoteKeys,
  shutdownInOrder,
  startSweeper,
  storageReadiness,
} from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadFundsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

const SERVICE = 'funds';

async function main(): Promise<void> {
  const config = loadFundsConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const runtime = await startRuntime(config, logger);
  const { connection, bus, relay, consumer, followers, deps } = runtime;
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startSweeper(sweepTasks(deps), logger);
  const app = createApp({
    ...deps,
    bus,
    keys: remoteKeys(config.JWKS_URL),
    bodyLimit: config.BODY_LIMIT,
    readiness: storageReadiness(connection, bus),
  });
  const server = listen(app, { service: SERVICE, host: config.HOST, port: config.PORT, logger });
  const background = [sweeper, consumer, ...followers];
  shutdownInOrder(
    logger,
    { server, background, relay, bus, connection },
    config.SHUTDOWN_TIMEOUT_MS,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
