import express, { type Router } from 'express';
import type {
  BallotResponse,
  ProposalRecordResponse,
  ProposalResponse,
  RoundDetailResponse,
  RoundResponse,
  RoundResultsResponse,
} from '@fabrique/contracts';
import {
  pageOf,
  pageQuery,
  parseInput,
  principalOf,
  requireAuth,
  requireRole,
  parseParams,
} from '@fabrique/service-kit';
import { fundErrors } from '../domain/errors.js';
import { costOf, type Proposal } from '../domain/proposal.js';
import { phaseAt, type Round } from '../domain/round.js';
import type { Ballot } from '../domain/ballot.js';
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
import { idParams, proposalParams } from './schemas.js';

const roundView = (round: Round, now: Date): RoundResponse => ({
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
const proposalView = (p: Proposal, viewer: string | undefined): ProposalResponse => ({
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

/** A proposal whole, to its author (who sends and edits it) and the coordinators who review it. */
const proposalRecordView = (p: Proposal): ProposalRecordResponse => ({
  ...p,
  submittedAt: p.submittedAt.toISOString(),
  review: p.review && { ...p.review, at: p.review.at.toISOString() },
});

const ballotView = (ballot: Ballot): BallotResponse => ({
  roundId: ballot.roundId,
  choices: ballot.choices,
  castAt: ballot.castAt.toISOString(),
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
    const { id } = parseParams(idParams, req.params);
    const { to } = parseInput(advanceBody, req.body);
    const round = await advanceRound(deps, principalOf(req), id, to);
    res.json(roundView(round, deps.now()));
  });

  router.post('/', requireAuth, requireRole('coordinator'), async (req, res) => {
    const round = await createRound(deps, principalOf(req), parseInput(roundBody, req.body));
    res.status(201).location(`/api/rounds/${round.id}`).json(roundView(round, deps.now()));
  });

  router.get('/:id', async (req, res) => {
    const round = await roundOrFail(deps, parseParams(idParams, req.params).id);
    const proposals = await proposalsOf(deps, round.id);
    const viewer = req.principal?.accountId;
    res.json({
      ...roundView(round, deps.now()),
      proposals: proposals.map((p) => proposalView(p, viewer)),
    } satisfies RoundDetailResponse);
  });

  router.get('/:id/results', async (req, res) => {
    const round = await roundOrFail(deps, parseParams(idParams, req.params).id);
    const results = await resultsOf(deps, round);
    const produced = await producedBy(deps, round, results);
    res.json({ ...results, produced } satisfies RoundResultsResponse);
  });

  proposalRoutes(router, deps);
  ballotRoutes(router, deps);
  return router;
}

function proposalRoutes(router: Router, deps: FundsDeps): void {
  router.post('/:id/proposals', requireAuth, async (req, res) => {
    const round = await roundOrFail(deps, parseParams(idParams, req.params).id);
    const proposal = await submitProposal(
      deps,
      principalOf(req),
      round,
      parseInput(proposalBody, req.body),
    );
    res.status(201).json(proposalRecordView(proposal));
  });

  router.patch('/:id/proposals/:proposalId', requireAuth, async (req, res) => {
    const { id: roundId, proposalId: id } = parseParams(proposalParams, req.params);
    const round = await roundOrFail(deps, roundId);
    const body = parseInput(proposalPatch, req.body);
    res.json(proposalRecordView(await editProposal(deps, principalOf(req), round, id, body)));
  });

  router.post(
    '/:id/proposals/:proposalId/review',
    requireAuth,
    requireRole('coordinator'),
    async (req, res) => {
      const { id: roundId, proposalId: id } = parseParams(proposalParams, req.params);
      const round = await roundOrFail(deps, roundId);
      const body = parseInput(reviewBody, req.body);
      res.json(proposalRecordView(await reviewProposal(deps, principalOf(req), round, id, body)));
    },
  );
}

function ballotRoutes(router: Router, deps: FundsDeps): void {
  router.put('/:id/ballot', requireAuth, async (req, res) => {
    const round = await roundOrFail(deps, parseParams(idParams, req.params).id);
    const { choices } = parseInput(ballotBody, req.body);
    res.json(ballotView(await castBallot(deps, principalOf(req), round, choices)));
  });

  router.get('/:id/ballot', requireAuth, async (req, res) => {
    const round = await roundOrFail(deps, parseParams(idParams, req.params).id);
    const ballot = await myBallot(deps, principalOf(req), round);
    if (!ballot) throw fundErrors.BALLOT_NOT_FOUND();
    res.json(ballotView(ballot));
  });
}
