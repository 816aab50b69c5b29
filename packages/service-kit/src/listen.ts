import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';

/**
 * Listens and logs "<service> listening on …"; a port that cannot be bound stops the process.
 * Takes any request listener: an express app, or the gateway's (fast path, then express).
 */
export function listen(
  app: RequestListener,
  options: { service: string; host: string; port: number; logger: Logger },
): Server {
  const { service, host, logger } = options;
  const server = createServer(app);
  server.once('error', (error) => {
    logger.fatal({ err: error }, `${service} cannot listen on ${host}:${options.port}`);
    process.exit(1);
  });
  server.listen(options.port, host, () => {
    const { port } = server.address() as AddressInfo;
    logger.info({ port }, `${service} listening on http://${host}:${port}`);
  });
  return server;
}
