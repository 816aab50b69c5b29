import {
  closeServer,
  ConfigError,
  createLogger,
  listen,
  onShutdownSignal,
  type Logger,
} from '@fabrique/service-kit';
import { createApp } from './app.js';
import { loadGatewayConfig, upstreamUrls } from './config.js';
import { createUpstreams } from './http/upstream.registry.js';
import { startEdgeRevocations } from './revocations.js';

const SERVICE = 'gateway';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger: Logger = createLogger(SERVICE, config.LOG_LEVEL);
  const urls = upstreamUrls(config);
  const upstreams = createUpstreams(urls);
  const revocations = await startEdgeRevocations(config, logger);
  const app = createApp({ logger, config, upstreams, revoked: revocations?.revoked });
  if (upstreams.all.length === 0) {
    logger.warn('no service URL configured (ACCOUNTS_URL, …): every /api route answers 404');
  }
  if (revocations === undefined) {
    logger.warn('no NATS_URL: tokens of signed-out accounts are refused by the services only');
  }
  logger.info({ upstreams: urls }, 'routing to these services');
  const server = listen(app, { service: SERVICE, host: config.HOST, port: config.PORT, logger });

  // Finish in-flight requests (their upstream connections are still needed), then drop the
  // pooled connections to the services.
  onShutdownSignal(
    logger,
    [
      { name: 'http', run: () => closeServer(server) },
      { name: 'upstream connections', run: () => Promise.resolve(upstreams.close()) },
      { name: 'revocations', run: () => revocations?.stop() ?? Promise.resolve() },
    ],
    config.SHUTDOWN_TIMEOUT_MS,
  );
}

main().catch((error: unknown) => {
  // Configuration errors list every bad variable; anything else is a start-up failure.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
