import { appBasics, remoteKeys, runMain, serve, startServiceSweeper } from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadFundsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

/** The funds service's composition root: storage and bus, ledgers, sweeps, HTTP. */
runMain('funds', loadFundsConfig, async (config, logger) => {
  const runtime = await startRuntime(config, logger);
  const { connection, bus, relay, consumer, followers, deps } = runtime;
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const app = createApp({
    ...deps,
    ...appBasics(config, { connection, bus }),
    keys: remoteKeys(config.JWKS_URL),
  });
  const background = [startServiceSweeper(deps, sweepTasks(deps), logger), consumer, ...followers];
  serve(app, { name: 'funds', config }, logger, { background, relay, bus, connection });
});
