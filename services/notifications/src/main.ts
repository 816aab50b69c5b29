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
import { loadNotificationsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

const SERVICE = 'notifications';

async function main(): Promise<void> {
  const config = loadNotificationsConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const runtime = await startRuntime(config, logger);
  const { connection, bus, relay, consumers, followers, mailer, deps } = runtime;
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startSweeper(
    sweepTasks(deps, {
      everyMs: config.SWEEP_INTERVAL_MS,
      hoursBefore: config.REMINDER_HOURS_BEFORE,
    }),
    logger,
  );
  const app = createApp({
    ...deps,
    bus,
    keys: remoteKeys(config.JWKS_URL),
    bodyLimit: config.BODY_LIMIT,
    readiness: storageReadiness(connection, bus),
    unsubscribe: { secret: config.UNSUBSCRIBE_SECRET, publicUrl: config.PUBLIC_URL },
  });
  const server = listen(app, { service: SERVICE, host: config.HOST, port: config.PORT, logger });
  const smtp = { stop: () => Promise.resolve(mailer.close()) };
  shutdownInOrder(
    logger,
    { server, background: [sweeper, ...consumers, ...followers, smtp], relay, bus, connection },
    config.SHUTDOWN_TIMEOUT_MS,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
