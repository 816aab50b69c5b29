import { appBasics, remoteKeys, runMain, serve, startServiceSweeper } from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadNotificationsConfig } from './config.js';
import { startRuntime } from './runtime.js';
import { sweepTasks } from './sweeps.js';

/** The notifications service's composition root: storage and bus, consumers, mail, HTTP. */
runMain('notifications', loadNotificationsConfig, async (config, logger) => {
  const runtime = await startRuntime(config, logger);
  const { connection, bus, relay, consumers, followers, mailer, deps } = runtime;
  if (config.OUTBOX_RELAY_ENABLED) relay.start();
  const sweeper = startServiceSweeper(deps, sweepTasks(deps, config), logger);
  const app = createApp({
    ...deps,
    ...appBasics(config, { connection, bus }),
    keys: remoteKeys(config.JWKS_URL),
    unsubscribe: { secret: config.UNSUBSCRIBE_SECRET, publicUrl: config.PUBLIC_URL },
  });
  const smtp = { stop: () => Promise.resolve(mailer.close()) };
  const background = [sweeper, ...consumers, ...followers, smtp];
  serve(app, { name: 'notifications', config }, logger, { background, relay, bus, connection });
});
