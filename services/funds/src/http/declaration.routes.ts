import express, { type Router } from 'express';
import {
  pageByOffset,
  parseInput,
  principalOf,
  requireAuth,
  requireRole,
  parseParams,
} from '@fabrique/service-kit';
import { matchBankStatement } from '../use-cases/bank-statements.js';
import type { FundsDeps } from '../use-cases/deps.js';
import {
  decideDeclaration,
  declarationOrFail,
  listDeclarations,
} from '../use-cases/declarations.js';
import { fundOrFail } from '../use-cases/funds.js';
import {
  confirmationBody,
  declarationParams,
  declarationQuery,
  idParams,
  rejectionBody,
  statementMatchQuery,
} from './schemas.js';
import { declarationView, statementResultView } from './views.js';

/** Where a bank statement is sent, as text/csv: app.ts parses it before the JSON bodies. */
export const BANK_STATEMENT_PATH = '/api/funds/:id/bank-statements';
/** A statement of 2,000 lines fits; the JSON routes keep their smaller limit. */
export const BANK_STATEMENT_LIMIT = '512kb';

/**
 * Declared contributions: their givers and coordinators read them; coordinators confirm them
 * (one by one, or a bank statement's worth at once) or reject them with a reason.
 */
export function declarationRoutes(deps: FundsDeps): Router {
  const router = express.Router();
  router.use(requireAuth);
  readRoutes(router, deps);
  decisionRoutes(router, deps);
  statementRoutes(router, deps);
  return router;
}

function readRoutes(router: Router, deps: FundsDeps): void {
  router.get('/:id/declarations', async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const query = parseInput(declarationQuery, req.query, 'query');
    const all = await listDeclarations(deps, principalOf(req), fund, query.status);
    const page = pageByOffset(all, query.limit, query.cursor);
    res.json({ items: page.items.map(declarationView), nextCursor: page.nextCursor });
  });

  router.get('/:id/declarations/:declarationId', async (req, res) => {
    const { id, declarationId } = parseParams(declarationParams, req.params);
    const declaration = await declarationOrFail(
      deps,
      principalOf(req),
      fundOrFail(deps, id),
      declarationId,
    );
    res.json(declarationView(declaration));
  });
}

function decisionRoutes(router: Router, deps: FundsDeps): void {
  router.post('/:id/declarations/:declarationId/confirm', async (req, res) => {
    const { id, declarationId } = parseParams(declarationParams, req.params);
    const fund = fundOrFail(deps, id);
    const { receivedAt } = parseInput(confirmationBody, req.body ?? {});
    const decided = await decideDeclaration(deps, principalOf(req), fund, declarationId, {
      confirm: true,
      reason: null,
      receivedAt,
    });
    res.json(declarationView(decided));
  });

  router.post(
    '/:id/declarations/:declarationId/reject',
    requireRole('coordinator'),
    async (req, res) => {
      const { id, declarationId } = parseParams(declarationParams, req.params);
      const fund = fundOrFail(deps, id);
      const { reason } = parseInput(rejectionBody, req.body);
      const decided = await decideDeclaration(deps, principalOf(req), fund, declarationId, {
        confirm: false,
        reason,
      });
      res.json(declarationView(decided));
    },
  );
}

/** A CSV body rather than JSON (parsed in app.ts), for coordinators only. */
function statementRoutes(router: Router, deps: FundsDeps): void {
  router.post('/:id/bank-statements', requireRole('coordinator'), async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const { apply } = parseInput(statementMatchQuery, req.query, 'query');
    const csv = typeof req.body === 'string' ? req.body : '';
    const result = await matchBankStatement(deps, principalOf(req), fund, csv, apply === 'true');
    res.json(statementResultView(result));
  });
}
