import { appBasics, remoteKeys, runMain, serve, startServiceSweeper } from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadWorkshopsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

/** The workshops service's composition root: storage and bus, views, sweeps, HTTP. */
runMain('workshops', loadWorkshopsConfig, async (config, logger) => {
  const { connection, bus, relay, consumer, followers, deps } = await startRuntime(config, logger);
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startServiceSweeper(deps, sweepTasks(deps), logger);
  const app = createApp({
    ...deps,
    ...appBasics(config, { connection, bus }),
    logger,
    keys: remoteKeys(config.JWKS_URL),
    publicUrl: config.PUBLIC_URL,
  });
  const background = [sweeper, consumer, ...followers];
  serve(app, { name: 'workshops', config }, logger, { background, relay, bus, connection });
});
