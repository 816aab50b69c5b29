import { newId, proposalReviewedV1, proposalSubmittedV1 } from '@fabrique/contracts';
import { fundErrors } from '../domain/errors.js';
import type { Proposal } from '../domain/proposal.js';
import { assertWithinEnvelope, type Round } from '../domain/round.js';
import { SOURCE } from '../events/converters.js';
import { findRecord, insertOnce } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';
import { assertEligible, assertPhase } from './rounds.js';

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

const data = (p: Proposal) => ({
  proposalId: p.id,
  roundId: p.roundId,
  title: p.title,
  commune: p.commune,
  kind: p.kind,
  costCents: p.costCents,
  submittedBy: p.submittedBy,
  version: p.version,
});

export async function proposalsOf(deps: FundsDeps, roundId: string): Promise<Proposal[]> {
  const docs = await deps.models.proposals
    .find({ roundId }, { outbox: 0 })
    .lean<(Omit<Proposal, 'id'> & { _id: string })[]>();
  return docs
    .map(({ _id, ...rest }) => ({ ...rest, id: _id }))
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1));
}

async function proposalOrFail(deps: FundsDeps, round: Round, id: string): Promise<Proposal> {
  const proposal = await findRecord<Proposal>(deps.models.proposals, id);
  if (proposal?.roundId !== round.id) throw fundErrors.PROPOSAL_NOT_FOUND();
  return proposal;
}

/** Residents of the round's communes propose during the proposals phase. */
export async function submitProposal(
  deps: FundsDeps,
  actor: Actor,
  round: Round,
  request: ProposalRequest,
) {
  assertPhase(round, deps.now(), 'proposals');
  assertEligible(round, actor);
  if (!round.communes.includes(request.commune))
    throw fundErrors.NOT_ELIGIBLE({
      fr: 'Un projet concerne l’une des communes du tour de vote.',
      en: 'A project is for one of the round’s communes.',
    });
  assertWithinEnvelope(round, request.commune, request.costCents);
  const proposal: Proposal = {
    ...request,
    id: newId(),
    roundId: round.id,
    adjustedCostCents: null,
    submittedBy: actor.accountId,
    submittedAt: deps.now(),
    review: null,
    version: 1,
  };
  const event = proposalSubmittedV1.create(
    { subject: proposal.id, source: SOURCE },
    data(proposal),
    deps.now(),
  );
  await deps.outbox.save(deps.models.proposals, proposal.id, [event], () =>
    insertOnce(deps.models.proposals, { ...proposal }, [event]),
  );
  return proposal;
}

/** Its author edits a proposal until the review starts (the last edit wins). */
export async function editProposal(
  deps: FundsDeps,
  actor: Actor,
  round: Round,
  id: string,
  request: Partial<ProposalRequest>,
) {
  assertPhase(round, deps.now(), 'proposals');
  const proposal = await proposalOrFail(deps, round, id);
  if (proposal.submittedBy !== actor.accountId) throw fundErrors.NOT_YOUR_PROPOSAL();
  if (request.commune !== undefined && !round.communes.includes(request.commune))
    throw fundErrors.NOT_ELIGIBLE();
  const edited: Proposal = { ...proposal, ...request, version: proposal.version + 1 };
  assertWithinEnvelope(round, edited.commune, edited.costCents);
  const { id: _id, ...fields } = edited;
  await deps.models.proposals.updateOne({ _id: id }, { $set: fields });
  return edited;
}

/** Coordinators mark each proposal feasible or not, with a public reason, during the review. */
export async function reviewProposal(
  deps: FundsDeps,
  actor: Actor,
  round: Round,
  id: string,
  request: ReviewRequest,
) {
  assertPhase(round, deps.now(), 'review');
  const proposal = await proposalOrFail(deps, round, id);
  const review = {
    feasible: request.feasible,
    reason: request.reason,
    by: actor.accountId,
    at: deps.now(),
    costNote: request.costNote ?? null,
  };
  const reviewed: Proposal = {
    ...proposal,
    review,
    adjustedCostCents: request.adjustedCostCents ?? proposal.adjustedCostCents,
    version: proposal.version + 1,
  };
  const event = proposalReviewedV1.create(
    { subject: id, source: SOURCE },
    {
      ...data(reviewed),
      feasible: review.feasible,
      reason: review.reason,
      adjustedCostCents: reviewed.adjustedCostCents,
    },
    deps.now(),
  );
  const { id: _id, ...fields } = reviewed;
  await deps.outbox.save(deps.models.proposals, id, [event], () =>
    deps.models.proposals.updateOne({ _id: id }, { $set: fields, $push: { outbox: event } }),
  );
  return reviewed;
}
