import express, { type Router } from 'express';
import {
  pageOf,
  pageQuery,
  parseInput,
  principalOf,
  requireAuth,
  requireRole,
} from '@fabrique/service-kit';
import { fundErrors } from '../domain/errors.js';
import { costOf, type Proposal } from '../domain/proposal.js';
import { phaseAt, type Round } from '../domain/round.js';
import { castBallot, myBallot } from '../use-cases/ballots.js';
import type { FundsDeps } from '../use-cases/deps.js';
import {
  editProposal,
  proposalsOf,
  reviewProposal,
  submitProposal,
} from '../use-cases/proposals.js';
import { producedBy } from '../use-cases/produced.js';
import { resultsOf } from '../use-cases/results.js';
import { createRound, listRounds, roundOrFail } from '../use-cases/rounds.js';
import { advanceRound } from '../use-cases/round-phases.js';
import {
  advanceBody,
  ballotBody,
  proposalBody,
  proposalPatch,
  reviewBody,
  roundBody,
} from './round-schemas.js';

const roundView = (round: Round, now: Date) => ({
  ...round,
  verifiedOnly: round.verifiedOnly ?? false,
  phase: phaseAt(round, now),
  proposalsOpenAt: round.proposalsOpenAt.toISOString(),
  reviewStartsAt: round.reviewStartsAt.toISOString(),
  votingStartsAt: round.votingStartsAt.toISOString(),
  votingEndsAt: round.votingEndsAt.toISOString(),
  closesAt: round.closesAt.toISOString(),
  createdAt: round.createdAt.toISOString(),
});

/** What anyone may see of a proposal: not who wrote it (only whether it is the caller's). */
const proposalView = (p: Proposal, viewer: string | undefined) => ({
  id: p.id,
  title: p.title,
  description: p.description,
  commune: p.commune,
  kind: p.kind,
  costCents: costOf(p),
  estimatedCostCents: p.costCents,
  submittedAt: p.submittedAt.toISOString(),
  review: p.review && {
    feasible: p.review.feasible,
    reason: p.review.reason,
    costNote: p.review.costNote,
    at: p.review.at.toISOString(),
  },
  mine: viewer !== undefined && p.submittedBy === viewer,
});

/** Participatory-budget rounds: public to read, residents propose and vote, coordinators run them. */
export function roundRoutes(deps: FundsDeps): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const page = pageOf(await listRounds(deps), parseInput(pageQuery, req.query, 'query'));
    res.json({
      items: page.items.map((r) => roundView(r, deps.now())),
      nextCursor: page.nextCursor,
    });
  });

  router.post('/:id/advance', requireAuth, requireRole('coordinator'), async (req, res) => {
    const { to } = parseInput(advanceBody, req.body);
    const round = await advanceRound(deps, principalOf(req), req.params.id as string, to);
    res.json(roundView(round, deps.now()));
  });

  router.post('/', requireAuth, requireRole('coordinator'), async (req, res) => {
    const round = await createRound(deps, principalOf(req), parseInput(roundBody, req.body));
    res.status(201).location(`/api/rounds/${round.id}`).json(roundView(round, deps.now()));
  });

  router.get('/:id', async (req, res) => {
    const round = await roundOrFail(deps, req.params.id);
    const proposals = await proposalsOf(deps, round.id);
    const viewer = req.principal?.accountId;
    res.json({
      ...roundView(round, deps.now()),
      proposals: proposals.map((p) => proposalView(p, viewer)),
    });
  });

  router.get('/:id/results', async (req, res) => {
    const round = await roundOrFail(deps, req.params.id);
    const results = await resultsOf(deps, round);
    res.json({ ...results, produced: await producedBy(deps, round, results) });
  });

  proposalRoutes(router, deps);
  ballotRoutes(router, deps);
  return router;
}

function proposalRoutes(router: Router, deps: FundsDeps): void {
  router.post('/:id/proposals', requireAuth, async (req, res) => {
    const round = await roundOrFail(deps, req.params.id as string);
    const proposal = await submitProposal(
      deps,
      principalOf(req),
      round,
      parseInput(proposalBody, req.body),
    );
    res.status(201).json(proposal);
  });

  router.patch('/:id/proposals/:proposalId', requireAuth, async (req, res) => {
    const round = await roundOrFail(deps, req.params.id as string);
    const body = parseInput(proposalPatch, req.body);
    res.json(
      await editProposal(deps, principalOf(req), round, req.params.proposalId as string, body),
    );
  });

  router.post(
    '/:id/proposals/:proposalId/review',
    requireAuth,
    requireRole('coordinator'),
    async (req, res) => {
      const round = await roundOrFail(deps, req.params.id as string);
      const body = parseInput(reviewBody, req.body);
      res.json(
        await reviewProposal(deps, principalOf(req), round, req.params.proposalId as string, body),
      );
    },
  );
}

function ballotRoutes(router: Router, deps: FundsDeps): void {
  router.put('/:id/ballot', requireAuth, async (req, res) => {
    const round = await roundOrFail(deps, req.params.id as string);
    const { choices } = parseInput(ballotBody, req.body);
    const ballot = await castBallot(deps, principalOf(req), round, choices);
    res.json({
      roundId: ballot.roundId,
      choices: ballot.choices,
      castAt: ballot.castAt.toISOString(),
    });
  });

  router.get('/:id/ballot', requireAuth, async (req, res) => {
    const round = await roundOrFail(deps, req.params.id as string);
    const ballot = await myBallot(deps, principalOf(req), round);
    if (!ballot) throw fundErrors.BALLOT_NOT_FOUND();
    res.json({
      roundId: ballot.roundId,
      choices: ballot.choices,
      castAt: ballot.castAt.toISOString(),
    });
  });
}
