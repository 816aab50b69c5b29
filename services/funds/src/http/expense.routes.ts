import express, { type Router } from 'express';
import {
  hasRole,
  pageOf,
  pageQuery,
  parseInput,
  principalOf,
  requireAuth,
  requireRole,
  parseParams,
} from '@fabrique/service-kit';
import { fundErrors } from '../domain/errors.js';
import type { FundsDeps } from '../use-cases/deps.js';
import {
  decideExpense,
  expenseOrFail,
  listExpenses,
  submitExpense,
} from '../use-cases/expenses.js';
import { fundOrFail } from '../use-cases/funds.js';
import { decisionBody, expenseBody, expenseParams, idParams, rejectionBody } from './schemas.js';
import { expenseView } from './views.js';

/** Hosts and coordinators submit; coordinators approve (it is paid: a ledger entry) or reject. */
export function expenseRoutes(deps: FundsDeps): Router {
  const router = express.Router();
  router.use(requireAuth);

  router.post('/:id/expenses', requireRole('host', 'coordinator'), async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const { expense, created } = await submitExpense(
      deps,
      principalOf(req),
      fund,
      parseInput(expenseBody, req.body),
    );
    res.status(created ? 201 : 200).json(expenseView(expense));
  });

  router.get('/:id/expenses', async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const query = parseInput(pageQuery, req.query, 'query');
    const page = pageOf(await listExpenses(deps, principalOf(req), fund), query);
    res.json({ items: page.items.map(expenseView), nextCursor: page.nextCursor });
  });

  decisionRoutes(router, deps);
  return router;
}

function decisionRoutes(router: Router, deps: FundsDeps): void {
  router.post('/:id/expenses/:expenseId/approve', async (req, res) => {
    const { id, expenseId } = parseParams(expenseParams, req.params);
    const fund = fundOrFail(deps, id);
    const { reason, override } = parseInput(decisionBody, req.body ?? {});
    const expense = await decideExpense(
      deps,
      principalOf(req),
      fund,
      expenseId,
      true,
      reason ?? null,
      override,
    );
    res.json(expenseView(expense));
  });

  router.post('/:id/expenses/:expenseId/reject', requireRole('coordinator'), async (req, res) => {
    const { id, expenseId } = parseParams(expenseParams, req.params);
    const fund = fundOrFail(deps, id);
    const { reason } = parseInput(rejectionBody, req.body);
    const expense = await decideExpense(deps, principalOf(req), fund, expenseId, false, reason);
    res.json(expenseView(expense));
  });

  router.get('/:id/expenses/:expenseId', async (req, res) => {
    const { id, expenseId } = parseParams(expenseParams, req.params);
    const expense = await expenseOrFail(deps, fundOrFail(deps, id), expenseId);
    const actor = principalOf(req);
    // The same rule as the list: coordinators see every expense, hosts their own.
    if (!hasRole(actor, 'coordinator') && expense.submittedBy !== actor.accountId)
      throw fundErrors.NOT_ALLOWED();
    res.json(expenseView(expense));
  });
}
