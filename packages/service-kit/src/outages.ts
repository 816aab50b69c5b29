import type { RequestHandler } from 'express';
import { dependencyDown } from '@fabrique/bus';
import mongoose, { type Connection } from 'mongoose';
import { commonErrors, type AppError } from './errors.js';

/** What a 503 asks a client to wait before trying again (`Retry-After`, seconds). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The 503 to answer when an error says a dependency is down (the database server or the
 * broker: @fabrique/bus's dependencyDown); undefined for every other error.
 */
export function outageOf(error: unknown): AppError | undefined {
  const down = dependencyDown(error);
  if (down === 'store') return commonErrors.STORE_UNAVAILABLE();
  if (down === 'broker') return commonErrors.BROKER_UNAVAILABLE();
  return undefined;
}

/**
 * Answers 503 at once while the driver knows the database server is down (its heartbeat or a
 * failed operation said so), instead of letting each request wait for server selection.
 */
export function storeGuard(connection: Connection): RequestHandler {
  return (_req, _res, next) => {
    if (connection.readyState !== mongoose.ConnectionStates.connected)
      throw commonErrors.STORE_UNAVAILABLE();
    next();
  };
}
