import type { Express } from 'express';
import { createServiceApp, openApiDocument, type ServiceAppDeps } from '@fabrique/service-kit';
import {
  BANK_STATEMENT_LIMIT,
  BANK_STATEMENT_PATH,
  declarationRoutes,
} from './http/declaration.routes.js';
import { expenseRoutes } from './http/expense.routes.js';
import { fundRoutes } from './http/fund.routes.js';
import { journalRoutes } from './http/journal.routes.js';
import { ledgerRoutes } from './http/ledger.routes.js';
import { reconciliationRoutes } from './http/reconciliation.routes.js';
import { declarationDocs } from './http/declaration-docs.js';
import { roundDocs } from './http/round-docs.js';
import { roundRoutes } from './http/round.routes.js';
import { routeDocs } from './http/route-docs.js';
import { volunteeringDocs } from './http/volunteering-docs.js';
import { statementRoutes } from './http/statement.routes.js';
import { volunteeringRoutes } from './http/volunteering.routes.js';
import { DURABLE } from './events/index.js';
import type { FundsDeps } from './use-cases/deps.js';
import { reconcile } from './use-cases/reconcile.js';
import { fundsAccess } from './http/access.js';

/** The app's dependencies: the use-cases' and what every service app takes. */
export type AppDeps = FundsDeps & ServiceAppDeps;

const openApi = openApiDocument(
  { title: 'Fabrique funds', version: '1' },
  [...routeDocs, ...volunteeringDocs, ...declarationDocs, ...roundDocs],
  {
    access: fundsAccess,
    lookups: {
      '/api/funds/{id}': 'FUND_NOT_FOUND',
      '/api/funds/{id}/declarations/{declarationId}': 'DECLARATION_NOT_FOUND',
      '/api/funds/{id}/expenses/{expenseId}': 'EXPENSE_NOT_FOUND',
      '/api/funds/{id}/ledger/{entryId}': 'ENTRY_NOT_FOUND',
      '/api/rounds/{id}': 'ROUND_NOT_FOUND',
      '/api/rounds/{id}/proposals/{proposalId}': 'PROPOSAL_NOT_FOUND',
    },
  },
);

/** The funds HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'funds',
    csvUploads: [{ path: BANK_STATEMENT_PATH, limit: BANK_STATEMENT_LIMIT }],
    openApi,
    durables: [DURABLE],
    extraStatus: async () => ({ reconciliation: await reconcile(deps) }),
    routes: (app) => {
      // Before the fund routes: their `/:id` would take "reconciliation" for a fund id.
      app.use('/api/funds', reconciliationRoutes(deps));
      app.use('/api/funds', volunteeringRoutes(deps));
      app.use('/api/funds', fundRoutes(deps));
      app.use('/api/funds', ledgerRoutes(deps));
      app.use('/api/funds', journalRoutes(deps));
      app.use('/api/funds', declarationRoutes(deps));
      app.use('/api/funds', expenseRoutes(deps));
      app.use('/api/funds', statementRoutes(deps));
      app.use('/api/rounds', roundRoutes(deps));
    },
  });
}
