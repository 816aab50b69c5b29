import type { Express } from 'express';
import { createHttpApp, type HttpAppOptions } from './app.js';
import type { KeyResolver } from './keys.js';
import type { IdempotencyModel } from './idempotency.js';
import { opsRoutes, type OpsRoutesOptions } from './ops.routes.js';
import type { RevokedAccounts } from './revocations.js';
import { mountServiceBasics } from './service-shell.js';

/** A service's HTTP app: what every service has, and its own routes (`routes`). */
export interface ServiceAppOptions extends HttpAppOptions, OpsRoutesOptions {
  openApi: object;
  keys: KeyResolver;
  idempotency: IdempotencyModel;
  revoked?: RevokedAccounts | undefined;
}

/**
 * The app every service with a database and the bus builds: health and readiness, its
 * OpenAPI document, the store guard, authentication and idempotency (mountServiceBasics), then
 * its own routes, then the coordinators' operations routes. Never listens (main.ts and tests do).
 */
export function createServiceApp(options: ServiceAppOptions): Express {
  const { openApi, keys, idempotency, revoked, routes } = options;
  return createHttpApp({
    ...options,
    routes: (app) => {
      mountServiceBasics(app, { openApi, keys, idempotency, revoked });
      routes(app);
      app.use(opsRoutes(options));
    },
  });
}
