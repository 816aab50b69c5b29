import express, { type Router } from 'express';
import type { ContributorStandingResponse, FundSummaryResponse, Page } from '@fabrique/contracts';
import {
  archivedListQuery,
  pageOf,
  pageQuery,
  parseInput,
  principalOf,
  requireAuth,
  requireRole,
  parseParams,
} from '@fabrique/service-kit';
import type { FundsDeps } from '../use-cases/deps.js';
import { archiveFund, createFund, fundOrFail, setVolunteerRates } from '../use-cases/funds.js';
import { fundBody, idParams, volunteerRatesBody } from './schemas.js';
import { deliveryView, fundView } from './views.js';
import { contributorStandings } from '../domain/contributors.js';
import { standingsVisibleTo } from '../domain/privacy.js';

/** Funds and their public summary: what came in, what went out, what it bought. */
export function fundRoutes(deps: FundsDeps): Router {
  const router = express.Router();

  router.get('/', (req, res) => {
    const query = parseInput(archivedListQuery, req.query, 'query');
    const funds = deps.book.listFunds().filter((f) => query.archived === 'true' || !f.archivedAt);
    const page = pageOf(funds, query);
    res.json({ items: page.items.map(fundView), nextCursor: page.nextCursor });
  });

  router.put('/:id/volunteer-rates', requireAuth, requireRole('coordinator'), async (req, res) => {
    const { rates } = parseInput(volunteerRatesBody, req.body);
    const fund = await setVolunteerRates(
      deps,
      principalOf(req),
      parseParams(idParams, req.params).id,
      rates,
    );
    res.json(fundView(fund));
  });

  router.post('/:id/archive', requireAuth, requireRole('coordinator'), async (req, res) => {
    res.json(
      fundView(await archiveFund(deps, principalOf(req), parseParams(idParams, req.params).id)),
    );
  });

  router.post('/', requireAuth, requireRole('coordinator'), async (req, res) => {
    const fund = await createFund(deps, principalOf(req), parseInput(fundBody, req.body));
    res.status(201).location(`/api/funds/${fund.id}`).json(fundView(fund));
  });

  router.get('/:id', (req, res) => {
    res.json(fundView(fundOrFail(deps, parseParams(idParams, req.params).id)));
  });

  router.get('/:id/summary', async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const summary: FundSummaryResponse = await deps.book.summary(fund);
    res.set('Cache-Control', 'public, max-age=30').json(summary);
  });

  whatFundsDid(router, deps);
  return router;
}

/** What a fund delivered (public), and who contributed (its coordinators and funders). */
function whatFundsDid(router: Router, deps: FundsDeps): void {
  router.get('/:id/deliveries', async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const query = parseInput(pageQuery, req.query, 'query');
    const page = pageOf(await deps.book.deliveriesOf(fund), query);
    res.json({ items: page.items.map(deliveryView), nextCursor: page.nextCursor });
  });

  const readers = requireRole('coordinator', 'funder');
  router.get('/:id/contributors', requireAuth, readers, async (req, res) => {
    const fund = fundOrFail(deps, parseParams(idParams, req.params).id);
    const query = parseInput(pageQuery, req.query, 'query');
    const standings = contributorStandings(await deps.book.entriesOf(fund));
    const page: Page<ContributorStandingResponse> = pageOf(
      standingsVisibleTo(principalOf(req), standings),
      query,
    );
    res.json(page);
  });
}
