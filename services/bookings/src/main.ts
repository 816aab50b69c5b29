import { appBasics, remoteKeys, runMain, serve, startServiceSweeper } from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadBookingsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

/** The bookings service's composition root: storage and bus, live views, sweeps, HTTP. */
runMain('bookings', loadBookingsConfig, async (config, logger) => {
  const runtime = await startRuntime(config, logger);
  const { connection, bus, relay, consumer, followers, availability, deps } = runtime;
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startServiceSweeper(deps, sweepTasks(deps, config), logger);
  const app = createApp({
    ...deps,
    ...appBasics(config, { connection, bus }),
    keys: remoteKeys(config.JWKS_URL),
    publicUrl: config.PUBLIC_URL,
  });
  // The per-session queue drains before the relay stops, so its last writes are published.
  const queue = { stop: () => deps.queue.idle() };
  const background = [sweeper, consumer, ...followers, queue, availability];
  serve(app, { name: 'bookings', config }, logger, { background, relay, bus, connection });
});
