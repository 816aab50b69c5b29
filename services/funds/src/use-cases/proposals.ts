import { newId } from '@fabrique/contracts';
import { fundErrors } from '../domain/errors.js';
import * as rules from '../domain/proposal.js';
import type { Proposal, ProposalRequest, ReviewRequest } from '../domain/proposal.js';
import type { Round } from '../domain/round.js';
import { assertPhase } from '../domain/round-phases.js';
import { findRecord, insertOnce, updateRecord, type Stored } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';

export async function proposalsOf(deps: FundsDeps, roundId: string): Promise<Proposal[]> {
  const docs = await deps.models.proposals
    .find({ roundId }, { outbox: 0 })
    .lean<Stored<Proposal>[]>();
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
  const input = { ...request, id: newId() };
  const { proposal, events } = rules.submitProposal(round, actor, input, deps.now());
  await deps.outbox.save(deps.models.proposals, proposal.id, events, () =>
    insertOnce(deps.models.proposals, { ...proposal }, events),
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
  const edited = rules.editProposal(round, proposal, actor.accountId, request);
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
  const current = await proposalOrFail(deps, round, id);
  const { proposal, events } = rules.reviewProposal(current, request, actor.accountId, deps.now());
  const { id: _id, ...fields } = proposal;
  await deps.outbox.save(deps.models.proposals, id, events, () =>
    updateRecord(deps.models.proposals, id, fields, events),
  );
  return proposal;
}
