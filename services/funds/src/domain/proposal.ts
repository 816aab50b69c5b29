import { proposalReviewedV1, proposalSubmittedV1, type Envelope } from '@fabrique/contracts';
import type { Actor } from './actor.js';
import { fundErrors } from './errors.js';
import { SOURCE } from './fund.js';
import { assertEligible, assertWithinEnvelope, type Round } from './round.js';
import { assertPhase } from './round-phases.js';

/** A coordinator's verdict on a proposal during the review phase. */
export interface ProposalReview {
  feasible: boolean;
  /** Shown to the author and voters, so that a refusal is explained. */
  reason: string;
  by: string;
  at: Date;
  /** Why the cost was adjusted, when it was. */
  costNote: string | null;
}

/** A resident's idea for the round's money, in one commune. */
export interface Proposal {
  id: string;
  roundId: string;
  title: string;
  description: string;
  commune: string;
  /** Estimated by the proposer. */
  costCents: number;
  /** Set by a coordinator during review, when the estimate was off. */
  adjustedCostCents: number | null;
  kind: string;
  submittedBy: string;
  submittedAt: Date;
  review: ProposalReview | null;
  version: number;
}

/** What a proposal would take from the envelope: the reviewed cost when there is one. */
export function costOf(p: Pick<Proposal, 'costCents' | 'adjustedCostCents'>): number {
  return p.adjustedCostCents ?? p.costCents;
}

/** Only proposals a coordinator found feasible go to the vote (not yet reviewed ones do not). */
export function isFeasible(p: Pick<Proposal, 'review'>): boolean {
  return p.review?.feasible === true;
}

export interface ProposalChange {
  proposal: Proposal;
  events: Envelope[];
}

export type ProposalRequest = Pick<
  Proposal,
  'title' | 'description' | 'commune' | 'costCents' | 'kind'
>;

export interface ReviewRequest {
  feasible: boolean;
  reason: string;
  adjustedCostCents?: number | undefined;
  costNote?: string | undefined;
}

const proposalData = (p: Proposal) => ({
  proposalId: p.id,
  roundId: p.roundId,
  title: p.title,
  commune: p.commune,
  kind: p.kind,
  costCents: p.costCents,
  submittedBy: p.submittedBy,
  version: p.version,
});

/** Residents of the round's communes propose during the proposals phase, for one of its communes. */
export function submitProposal(
  round: Round,
  actor: Actor,
  request: ProposalRequest & { id: string },
  now: Date,
): ProposalChange {
  assertPhase(round, now, 'proposals');
  assertEligible(round, actor);
  if (!round.communes.includes(request.commune))
    throw fundErrors.NOT_ELIGIBLE({
      fr: 'Un projet concerne l’une des communes du tour de vote.',
      en: 'A project is for one of the round’s communes.',
    });
  assertWithinEnvelope(round, request.commune, request.costCents);
  const proposal: Proposal = {
    ...request,
    roundId: round.id,
    adjustedCostCents: null,
    submittedBy: actor.accountId,
    submittedAt: now,
    review: null,
    version: 1,
  };
  const event = proposalSubmittedV1.create(
    { subject: proposal.id, source: SOURCE },
    proposalData(proposal),
    now,
  );
  return { proposal, events: [event] };
}

/** Its author edits a proposal (the phase is checked before it is read); no event. */
export function editProposal(
  round: Round,
  proposal: Proposal,
  by: string,
  request: Partial<ProposalRequest>,
): Proposal {
  if (proposal.submittedBy !== by) throw fundErrors.NOT_YOUR_PROPOSAL();
  if (request.commune !== undefined && !round.communes.includes(request.commune))
    throw fundErrors.NOT_ELIGIBLE();
  const edited: Proposal = { ...proposal, ...request, version: proposal.version + 1 };
  assertWithinEnvelope(round, edited.commune, edited.costCents);
  return edited;
}

/** A coordinator's verdict, with a public reason (the phase is checked before it is read). */
export function reviewProposal(
  proposal: Proposal,
  request: ReviewRequest,
  by: string,
  now: Date,
): ProposalChange {
  const review = {
    feasible: request.feasible,
    reason: request.reason,
    by,
    at: now,
    costNote: request.costNote ?? null,
  };
  const reviewed: Proposal = {
    ...proposal,
    review,
    adjustedCostCents: request.adjustedCostCents ?? proposal.adjustedCostCents,
    version: proposal.version + 1,
  };
  const event = proposalReviewedV1.create(
    { subject: proposal.id, source: SOURCE },
    {
      ...proposalData(reviewed),
      feasible: review.feasible,
      reason: review.reason,
      adjustedCostCents: reviewed.adjustedCostCents,
    },
    now,
  );
  return { proposal: reviewed, events: [event] };
}
