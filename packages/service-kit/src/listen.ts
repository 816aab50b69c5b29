import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from './logger.js';

/** Listens and logs "<service> listening on …"; a port that cannot be bound stops the process. */
export function listen(
  app: Express,
  options: { service: string; host: string; port: number; logger: Logger },
): Server {
  const { service, host, logger } = options;
  const server = app.listen(options.port, host, (error?: Error) => {
    if (error) {
      logger.fatal({ err: error }, `${service} cannot listen on ${host}:${options.port}`);
      process.exit(1);
    }
    const { port } = server.address() as AddressInfo;
    logger.info({ port }, `${service} listening on http://${host}:${port}`);
  });
  return server;
}
