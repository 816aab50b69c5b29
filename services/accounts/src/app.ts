import type { Express } from 'express';
import {
  createServiceApp,
  openApiDocument,
  opsRouteDocs,
  type ServiceAppDeps,
} from '@fabrique/service-kit';
import { accountRouteDocs, accountRoutes } from './http/account.routes.js';
import { authRouteDocs, authRoutes } from './http/auth.routes.js';
import { communeRouteDocs, communeRoutes } from './http/commune.routes.js';
import { meRouteDocs, meRoutes } from './http/me.routes.js';
import { organisationRouteDocs, organisationRoutes } from './http/organisation.routes.js';
import type { AccountsDeps } from './use-cases/deps.js';
import { accountsAccess } from './http/access.js';

/** The app's dependencies: the use-cases' and what every service app takes (keys are its own). */
export type AppDeps = AccountsDeps & Omit<ServiceAppDeps, 'keys'>;

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
  return createServiceApp(
    { ...deps, keys: deps.keyRing.verificationKeys() },
    {
      service: 'accounts',
      openApi,
      // A pure producer: no consumers, so no lag and no dead letters of its own.
      durables: [],
      routes: (app) => {
        app.use('/api/auth', authRoutes(deps));
        app.use('/api/accounts', accountRoutes(deps));
        app.use('/api/me', meRoutes(deps));
        app.use('/api/communes', communeRoutes(deps));
        app.use('/api/organisations', organisationRoutes(deps));
      },
    },
  );
}
