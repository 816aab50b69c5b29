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
import { loadWorkshopsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

const SERVICE = 'workshops';

async function main(): Promise<void> {
  const config = loadWorkshopsConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const { connection, bus, relay, consumer, followers, deps } = await startRuntime(config, logger);
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startSweeper(sweepTasks(deps), logger);
  const app = createApp({
    ...deps,
    bus,
    logger,
    keys: remoteKeys(config.JWKS_URL),
    publicUrl: config.PUBLIC_URL,
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
