import express, { type Router } from 'express';
import type { ReconciliationResponse } from '@fabrique/contracts';
import { requireAuth, requireRole } from '@fabrique/service-kit';
import type { FundsDeps } from '../use-cases/deps.js';
import { reconcile } from '../use-cases/reconcile.js';

/**
 * Coordinators check that this replica's summaries equal those recomputed from the ledger.
 * Mounted before the fund routes, whose `/:id` would otherwise read "reconciliation" as a fund.
 */
export function reconciliationRoutes(deps: FundsDeps): Router {
  const router = express.Router();

  router.get('/reconciliation', requireAuth, requireRole('coordinator'), async (_req, res) => {
    const report: ReconciliationResponse = await reconcile(deps);
    res.set('Cache-Control', 'no-store').json(report);
  });

  return router;
}
