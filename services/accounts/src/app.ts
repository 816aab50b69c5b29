import type { Express } from 'express';
import { createHttpApp, type Logger, type ReadinessCheck } from '@fabrique/service-kit';
import { accountRoutes } from './http/account.routes.js';
import type { AccountModel } from './store/account.store.js';

export interface AppDeps {
  logger: Logger;
  accounts: AccountModel;
  readiness: Record<string, ReadinessCheck>;
  eventsWritten: () => void;
  bodyLimit?: string;
}

/** The accounts HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  return createHttpApp({
    logger: deps.logger,
    readiness: deps.readiness,
    ...(deps.bodyLimit !== undefined && { bodyLimit: deps.bodyLimit }),
    routes: (app) => {
      app.use('/api/accounts', accountRoutes(deps));
    },
  });
}
