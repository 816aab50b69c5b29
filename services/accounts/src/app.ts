import type { Express } from 'express';
import type { Bus } from '@fabrique/bus';
import {
  createServiceApp,
  openApiDocument,
  opsRouteDocs,
  type Logger,
  type ReadinessCheck,
  type RevokedAccounts,
} from '@fabrique/service-kit';
import { accountRouteDocs, accountRoutes } from './http/account.routes.js';
import { authRouteDocs, authRoutes } from './http/auth.routes.js';
import { communeRouteDocs, communeRoutes } from './http/commune.routes.js';
import { meRouteDocs, meRoutes } from './http/me.routes.js';
import { organisationRouteDocs, organisationRoutes } from './http/organisation.routes.js';
import { outboxModels } from './store/models.js';
import type { AccountsDeps } from './use-cases/deps.js';
import { accountsAccess } from './http/access.js';

export interface AppDeps extends AccountsDeps {
  logger: Logger;
  bus: Bus;
  readiness: Record<string, ReadinessCheck>;
  bodyLimit?: string;
  /** Accounts deleted or signed out everywhere: their older tokens are refused on every route. */
  revoked?: RevokedAccounts;
}

const openApi = openApiDocument(
  { title: 'Fabrique accounts', version: '1' },
  [
    ...authRouteDocs,
    ...accountRouteDocs,
    ...meRouteDocs,
    ...communeRouteDocs,
    ...organisationRouteDocs,
    ...opsRouteDocs('accounts'),
  ],
  {
    access: accountsAccess,
    lookups: {
      '/api/accounts/{id}': 'ACCOUNT_NOT_FOUND',
      '/api/organisations/{id}': 'ORGANISATION_NOT_FOUND',
    },
  },
);

/** The accounts HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  return createServiceApp({
    service: 'accounts',
    logger: deps.logger,
    readiness: deps.readiness,
    ...(deps.bodyLimit !== undefined && { bodyLimit: deps.bodyLimit }),
    openApi,
    keys: deps.keyRing.verificationKeys(),
    idempotency: deps.models.idempotency,
    revoked: deps.revoked,
    // A pure producer: no consumers, so no lag and no dead letters of its own.
    bus: deps.bus,
    durables: [],
    outboxModels: outboxModels(deps.models),
    routes: (app) => {
      app.use('/api/auth', authRoutes(deps));
      app.use('/api/accounts', accountRoutes(deps));
      app.use('/api/me', meRoutes(deps));
      app.use('/api/communes', communeRoutes(deps));
      app.use('/api/organisations', organisationRoutes(deps));
    },
  });
}
