import express, { type Request, type Response, type Router } from 'express';
import {
  hasRole,
  pageByOffset,
  parseInput,
  principalOf,
  requireAuth,
  requireRole,
  parseParams,
} from '@fabrique/service-kit';
import { fundErrors } from '../domain/errors.js';
import { entriesVisibleTo, mayReadEntry } from '../domain/privacy.js';
import type { FundsDeps } from '../use-cases/deps.js';
import { declareMoney } from '../use-cases/declarations.js';
import { fundOrFail } from '../use-cases/funds.js';
import { recordMoney, reverseEntry } from '../use-cases/ledger.js';
import { ledgerCsv } from './renderers.js';
import { entryParams, idParams, ledgerQuery, moneyBody, reverseBody } from './schemas.js';
import { declarationView, entryView } from './views.js';

/**
 * Pledges and contributions. A coordinator records what the fund holds (a payment, a council's
 * deliberation): a ledger entry at once (201). A resident or a funder declares it: 202, waiting
 * for a coordinator to confirm it (declaration.routes.ts). The same one again: 200.
 */
function moneyRoute(deps: FundsDeps, kind: 'pledge' | 'contribution') {
  return async (req: Request, res: Response) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const body = parseInput(moneyBody, req.body);
    const actor = principalOf(req);
    const key = req.get('idempotency-key');
    if (hasRole(actor, 'coordinator')) {
      const { entry, created } = await recordMoney(deps, actor, fund.id, kind, body, key);
      res
        .status(created ? 201 : 200)
        .location(`/api/funds/${fund.id}/ledger/${entry.id}`)
        .json(entryView(entry));
      return;
    }
    const { declaration, created } = await declareMoney(deps, actor, fund, kind, body, key);
    res
      .status(created ? 202 : 200)
      .location(`/api/funds/${fund.id}/declarations/${declaration.id}`)
      .json(declarationView(declaration));
  };
}

/**
 * The ledger: append-only. There is no route that changes or deletes an entry; a correction
 * or refund is a new entry (a reversal links to what it reverses).
 */
export function ledgerRoutes(deps: FundsDeps): Router {
  const router = express.Router();
  router.post('/:id/pledges', requireAuth, moneyRoute(deps, 'pledge'));
  router.post('/:id/contributions', requireAuth, moneyRoute(deps, 'contribution'));
  router.post(
    '/:id/ledger/:entryId/reverse',
    requireAuth,
    requireRole('coordinator'),
    async (req, res) => {
      const { id, entryId } = parseParams(entryParams, req.params);
      const fund = fundOrFail(deps, id);
      const { reason } = parseInput(reverseBody, req.body);
      res
        .status(201)
        .json(entryView(await reverseEntry(deps, principalOf(req), fund, entryId, reason)));
    },
  );
  readRoutes(router, deps);
  return router;
}

/** Coordinators and funders read the ledger (municipal treasurers import the CSV). */
function readRoutes(router: Router, deps: FundsDeps): void {
  const readers = requireRole('coordinator', 'funder');

  router.get('/:id/ledger.csv', requireAuth, readers, async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`grand-livre-${fund.id}.csv`)
      .send(ledgerCsv(entriesVisibleTo(principalOf(req), await deps.book.entriesOf(fund))));
  });

  router.get('/:id/ledger', requireAuth, readers, async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const query = parseInput(ledgerQuery, req.query, 'query');
    const entries = entriesVisibleTo(principalOf(req), await deps.book.entriesOf(fund));
    const all = entries.filter((e) => !query.kind || e.kind === query.kind);
    const page = pageByOffset(all, query.limit, query.cursor);
    res.json({ items: page.items.map(entryView), nextCursor: page.nextCursor });
  });

  router.get('/:id/ledger/:entryId', requireAuth, readers, async (req, res) => {
    const { id, entryId } = parseParams(entryParams, req.params);
    const entry = await deps.book.entry(id, entryId);
    if (!entry || !mayReadEntry(principalOf(req), entry)) throw fundErrors.ENTRY_NOT_FOUND();
    res.json(entryView(entry));
  });
}
