import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Connection } from 'mongoose';
import { authenticate } from './auth.js';
import type { KeyResolver } from './keys.js';
import type { ReadinessCheck } from './health.js';
import { idempotency, type IdempotencyModel } from './idempotency.js';
import { mongoIsUp } from './mongo.js';
import { storeGuard } from './outages.js';
import type { RevokedAccounts } from './revocations.js';
import { createLogger, type Logger } from './logger.js';
import { responseCheck, routesOf } from './response-check.js';
import { closeServer, onShutdownSignal } from './shutdown.js';

/**
 * What every service mounts before its own routers: its OpenAPI document, a quick 503 while
 * the database is down, the caller's identity from the bearer token, and Idempotency-Key
 * handling for creating POSTs.
 */
export function mountServiceBasics(
  app: Express,
  basics: {
    openApi: object;
    keys: KeyResolver;
    idempotency: IdempotencyModel;
    /** Accounts whose tokens are refused (deleted): see revocations.ts. */
    revoked?: RevokedAccounts | undefined;
  },
): void {
  app.get('/openapi.json', (_req, res) => {
    res.json(basics.openApi);
  });
  // Tests check every answer against its documented schema (response-check.ts).
  if (process.env.NODE_ENV === 'test')
    app.use(responseCheck(routesOf(basics.openApi), createLogger('response-check', 'error')));
  // Every route below reads or writes the service's database (the idempotency store's).
  app.use(storeGuard(basics.idempotency.db));
  app.use(authenticate(basics.keys, basics.revoked));
  app.use(idempotency(basics.idempotency));
}

/** `/readyz` of a service with a database and the bus. */
export function storageReadiness(
  connection: Connection,
  bus: { isConnected(): boolean },
): Record<string, ReadinessCheck> {
  return {
    mongo: () => mongoIsUp(connection),
    nats: () => Promise.resolve(bus.isConnected()),
  };
}

interface Stoppable {
  stop(): Promise<unknown>;
}

/**
 * Graceful shutdown in the order that loses nothing: stop taking requests, stop background
 * work and consumers (running handlers finish), publish what is pending, close connections.
 */
export function shutdownInOrder(
  logger: Logger,
  parts: {
    server: Server;
    background: Stoppable[];
    relay: Stoppable;
    bus: { close(): Promise<void> };
    connection: Connection;
  },
  timeoutMs: number,
): void {
  onShutdownSignal(
    logger,
    [
      { name: 'http', run: () => closeServer(parts.server) },
      {
        name: 'consumers and sweeps',
        run: () => Promise.all(parts.background.map((b) => b.stop())),
      },
      { name: 'outbox relay', run: () => parts.relay.stop() },
      { name: 'nats', run: () => parts.bus.close() },
      { name: 'mongo', run: () => parts.connection.close() },
    ],
    timeoutMs,
  );
}
