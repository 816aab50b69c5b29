import {
  appBasics,
  runMain,
  serve,
  startRevocations,
  startServiceSweeper,
} from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadAccountsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

/** The accounts service's composition root: storage and bus, signing keys, sweeps, HTTP. */
runMain('accounts', loadAccountsConfig, async (config, logger) => {
  const { connection, bus, relay, deps } = await startRuntime(config, logger);
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startServiceSweeper(deps, sweepTasks(deps), logger);
  const { revoked, follower: revocations } = await startRevocations(bus, logger);
  const app = createApp({ ...deps, ...appBasics(config, { connection, bus }), logger, revoked });
  const background = [sweeper, revocations];
  serve(app, { name: 'accounts', config }, logger, { background, relay, bus, connection });
});
