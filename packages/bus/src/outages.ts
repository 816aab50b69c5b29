import {
  ClosedConnectionError,
  ConnectionError,
  DrainingConnectionError,
  NoRespondersError,
  RequestError,
  TimeoutError,
} from '@nats-io/nats-core';
import type { Logger } from 'pino';

export type DependencyDown = 'store' | 'broker';

/** The database driver's errors that mean "the server cannot be reached", not "this request". */
const STORE_DOWN = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoTopologyClosedError',
  'MongoServerClosedError',
]);

/**
 * The NATS client's errors for a broker that is gone or not answering, by class: a name such
 * as `TimeoutError` is also that of any aborted fetch.
 */
const BROKER_DOWN = [
  ConnectionError,
  ClosedConnectionError,
  DrainingConnectionError,
  RequestError,
  TimeoutError,
  NoRespondersError,
];

/** A socket the peer closed or refused, as Node names it. */
const SOCKET_DOWN = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT']);

/**
 * The database driver sometimes lets a raw socket error through (a write after the server
 * closed the connection: EPIPE, not wrapped in MongoNetworkError); its stack says where.
 */
const isStoreSocketError = (error: Error): boolean =>
  SOCKET_DOWN.has((error as { code?: unknown }).code as string) &&
  /[\\/]mongodb[\\/]/.test(error.stack ?? '');

function* causesOf(error: unknown): Generator<Error> {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    yield current;
    current = current.cause;
  }
}

/**
 * Which dependency an error says is down (the database server or the broker), looking
 * through its causes; undefined for every other error. The driver's errors are matched by
 * their names (all `Mongo…`, stable), the broker's by class.
 */
export function dependencyDown(error: unknown): DependencyDown | undefined {
  for (const cause of causesOf(error)) {
    if (STORE_DOWN.has(cause.name) || isStoreSocketError(cause)) return 'store';
    if (cause.name === 'MongooseError' && /buffering timed out/.test(cause.message)) return 'store';
    if (BROKER_DOWN.some((kind) => cause instanceof kind)) return 'broker';
  }
  return undefined;
}

export interface OutlastOptions {
  /** Pauses between attempts (the last repeats). */
  pausesMs: number[];
  /** Keeps the message from being redelivered meanwhile. */
  working(): void;
  stopping(): boolean;
  log: Logger;
}

/**
 * Runs a message's handler again, in place, for as long as the failure is a dependency being
 * down: an outage is not the message's fault, so it must not spend the message's deliveries
 * (they lead to the dead letters). Resolves undefined once the handler succeeds, or with the
 * error to handle as usual (the message's own, or the outage's when the consumer stops).
 */
export async function outlastOutage(
  first: unknown,
  attempt: () => Promise<void>,
  options: OutlastOptions,
): Promise<Error | undefined> {
  let error = first;
  for (let round = 0; dependencyDown(error) !== undefined && !options.stopping(); round += 1) {
    const pause = options.pausesMs[Math.min(round, options.pausesMs.length - 1)] ?? 1_000;
    if (round === 0) options.log.warn({ err: error }, 'a dependency is down; holding the message');
    await new Promise((resolve) => setTimeout(resolve, pause));
    try {
      options.working();
    } catch {
      // The broker itself is down: the server redelivers once it is back.
    }
    try {
      await attempt();
      return undefined;
    } catch (next) {
      error = next;
    }
  }
  return error instanceof Error
    ? error
    : new Error('a handler threw a non-error', { cause: error });
}
