import type { Express } from 'express';
import type { Bus } from '@fabrique/bus';
import { createHttpApp, type HttpAppOptions } from './app.js';
import type { ReadinessCheck } from './health.js';
import type { KeyResolver } from './keys.js';
import type { IdempotencyModel } from './idempotency.js';
import type { Logger } from './logger.js';
import { opsRoutes, type OpsRoutesOptions } from './ops.routes.js';
import type { RevokedAccounts } from './revocations.js';
import { outboxModelsOf } from './service-models.js';
import { mountServiceBasics } from './service-shell.js';

/** What every service's app takes from its composition root (main.ts, or a test harness). */
export interface ServiceAppDeps {
  logger: Logger;
  bus: Bus;
  keys: KeyResolver;
  readiness: Record<string, ReadinessCheck>;
  bodyLimit?: string | undefined;
  /** Accounts deleted or signed out everywhere: their older tokens are refused on every route. */
  revoked?: RevokedAccounts | undefined;
  models: { idempotency: IdempotencyModel };
}

/** What is the service's own: its name, OpenAPI document, consumers, outbox and routes. */
export type ServiceAppOptions = Omit<HttpAppOptions, 'logger' | 'readiness' | 'bodyLimit'> &
  Omit<OpsRoutesOptions, 'bus' | 'outboxModels'> & { openApi: object };

/**
 * The app every service with a database and the bus builds: health and readiness, its
 * OpenAPI document, the store guard, authentication and idempotency (mountServiceBasics), then
 * its own routes, then the coordinators' operations routes. Never listens (main.ts and tests do).
 */
export function createServiceApp(deps: ServiceAppDeps, own: ServiceAppOptions): Express {
  const { keys, revoked, bus } = deps;
  const idempotency = deps.models.idempotency;
  return createHttpApp({
    ...own,
    logger: deps.logger,
    readiness: deps.readiness,
    ...(deps.bodyLimit !== undefined && { bodyLimit: deps.bodyLimit }),
    routes: (app) => {
      mountServiceBasics(app, { openApi: own.openApi, keys, idempotency, revoked });
      own.routes(app);
      app.use(opsRoutes({ ...own, bus, outboxModels: outboxModelsOf(deps.models) }));
    },
  });
}
