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
import { loadBookingsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

const SERVICE = 'bookings';

async function main(): Promise<void> {
  const config = loadBookingsConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const runtime = await startRuntime(config, logger);
  const { connection, bus, relay, consumer, followers, availability, deps } = runtime;
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startSweeper(
    sweepTasks(deps, {
      everyMs: config.SWEEP_INTERVAL_MS,
      leftoverAgeMs: config.LEFTOVER_CLAIM_AGE_MS,
    }),
    logger,
  );
  const app = createApp({
    ...deps,
    bus,
    keys: remoteKeys(config.JWKS_URL),
    publicUrl: config.PUBLIC_URL,
    bodyLimit: config.BODY_LIMIT,
    readiness: storageReadiness(connection, bus),
  });
  const server = listen(app, { service: SERVICE, host: config.HOST, port: config.PORT, logger });
  const queue = { stop: () => deps.queue.idle() };
  const background = [sweeper, consumer, ...followers, queue, availability];
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
