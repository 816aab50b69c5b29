import type { RequestListener } from 'node:http';
import type { Connection } from 'mongoose';
import type { Bus } from '@fabrique/bus';
import { ConfigError, type BaseConfig } from './config.js';
import { idempotencyKeysTask, type IdempotencyModel } from './idempotency.js';
import { listen } from './listen.js';
import { createLogger, type Logger } from './logger.js';
import { shutdownInOrder, storageReadiness } from './service-shell.js';
import { startSweeper, type Sweeper, type SweepTask } from './sweeper.js';

type ShutdownParts = Omit<Parameters<typeof shutdownInOrder>[1], 'server'>;

/** What main.ts hands every app from its storage: the bus, the body limit, `/readyz`. */
export function appBasics(
  config: Pick<BaseConfig, 'BODY_LIMIT'>,
  storage: { connection: Connection; bus: Bus },
) {
  const { connection, bus } = storage;
  return { bus, bodyLimit: config.BODY_LIMIT, readiness: storageReadiness(connection, bus) };
}

type SweepDeps = { models: { idempotency: IdempotencyModel }; now: () => Date };

/**
 * A service's sweep tasks: its own clock-driven tasks, and the removal of idempotency keys past
 * their day, which every service with the idempotency layer needs (createServiceApp mounts it).
 */
export function serviceSweepTasks(deps: SweepDeps, tasks: SweepTask[]): SweepTask[] {
  return [...tasks, idempotencyKeysTask(deps.models.idempotency, deps.now)];
}

/** The service's sweeper, on serviceSweepTasks. */
export function startServiceSweeper(deps: SweepDeps, tasks: SweepTask[], logger: Logger): Sweeper {
  return startSweeper(serviceSweepTasks(deps, tasks), logger);
}

/**
 * Listens on the configured address and, on SIGTERM or SIGINT, stops in the order that loses
 * nothing (shutdownInOrder): requests, then `background` work, the relay, the bus, the database.
 */
export function serve(
  app: RequestListener,
  service: { name: string; config: Pick<BaseConfig, 'HOST' | 'PORT' | 'SHUTDOWN_TIMEOUT_MS'> },
  logger: Logger,
  parts: ShutdownParts,
): void {
  const { name, config } = service;
  const server = listen(app, { service: name, host: config.HOST, port: config.PORT, logger });
  shutdownInOrder(logger, { server, ...parts }, config.SHUTDOWN_TIMEOUT_MS);
}

/**
 * Runs a service's composition root with its configuration and a logger named after it. A
 * configuration error prints the list of bad variables (no stack: the operator fixes the
 * environment); anything else is a start-up failure; both end the process with status 1, so
 * that the supervisor sees it.
 */
export function runMain<C extends Pick<BaseConfig, 'LOG_LEVEL'>>(
  service: string,
  loadConfig: () => C,
  main: (config: C, logger: Logger) => Promise<void>,
): void {
  const start = async () => {
    const config = loadConfig();
    await main(config, createLogger(service, config.LOG_LEVEL));
  };
  start().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
