import express, { type Router } from 'express';
import type { JournalAccountsResponse } from '@fabrique/contracts';
import {
  parseInput,
  principalOf,
  requireAuth,
  requireRole,
  parseParams,
} from '@fabrique/service-kit';
import type { FundsDeps } from '../use-cases/deps.js';
import { fundOrFail } from '../use-cases/funds.js';
import { journalAccountsOf, journalOf, setJournalAccounts } from '../use-cases/journal.js';
import { journalCsv } from './journal-csv.js';
import { idParams, journalAccountsBody } from './schemas.js';

/** The treasurer's journal for the association's accounting software, and its accounts. */
export function journalRoutes(deps: FundsDeps): Router {
  const router = express.Router();
  const coordinators = [requireAuth, requireRole('coordinator')];

  router.get('/:id/journal.csv', ...coordinators, async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const { accounts, lines } = await journalOf(deps, fund);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`journal-${fund.id}.csv`)
      .send(journalCsv(accounts, lines));
  });

  router.get('/:id/journal/accounts', ...coordinators, async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    res.json((await journalAccountsOf(deps, fund)) satisfies JournalAccountsResponse);
  });

  router.put('/:id/journal/accounts', ...coordinators, async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const accounts = parseInput(journalAccountsBody, req.body);
    const saved = await setJournalAccounts(deps, principalOf(req), fund, accounts);
    res.json(saved satisfies JournalAccountsResponse);
  });
  return router;
}
