import { projectSelectedV1, roundResultsPublishedV1 } from '@fabrique/contracts';
import { entryIdOf, type Entry } from '../domain/entry.js';
import { costOf, type Proposal } from '../domain/proposal.js';
import { computeResults, type RoundResults } from '../domain/results.js';
import type { Round } from '../domain/round.js';
import { SOURCE } from '../events/converters.js';
import { findRecord, insertOnce } from '../store/records.store.js';
import { ballotsOf } from './ballots.js';
import type { FundsDeps } from './deps.js';
import { appendEntry } from './ledger.js';
import { proposalsOf } from './proposals.js';
import { assertPhase } from './rounds.js';

interface StoredResults {
  id: string;
  results: RoundResults;
  publishedAt: Date;
  /** Set once every winner's allocation entry is written. */
  funded?: boolean;
}

/** The published results; published now if voting closed and nobody did yet. Reads write nothing after that. */
export async function resultsOf(deps: FundsDeps, round: Round): Promise<RoundResults> {
  assertPhase(round, deps.now(), 'results', 'closed');
  const existing = await findRecord<StoredResults>(deps.models.results, round.id);
  return existing?.results ?? publishResults(deps, round);
}

/**
 * Results once voting has closed: counted from the ballots, published once (the insert of
 * the round's results document), then each winner funded by an allocation entry whose id
 * derives from the round and proposal — so computing again, or finishing after a crash
 * (the sweep retries until the results are marked funded), funds nothing twice.
 */
export async function publishResults(deps: FundsDeps, round: Round): Promise<RoundResults> {
  assertPhase(round, deps.now(), 'results', 'closed');
  const existing = await findRecord<StoredResults>(deps.models.results, round.id);
  if (existing?.funded) return existing.results;
  const proposals = await proposalsOf(deps, round.id);
  if (!existing)
    await insertResults(
      deps,
      round,
      computeResults(round, proposals, await ballotsOf(deps, round.id)),
    );
  const stored = (await findRecord<StoredResults>(deps.models.results, round.id)) as StoredResults;
  await fundWinners(deps, round, stored.results, proposals);
  await deps.models.results.updateOne({ _id: round.id }, { $set: { funded: true } });
  return stored.results;
}

async function insertResults(deps: FundsDeps, round: Round, results: RoundResults): Promise<void> {
  const publishedAt = deps.now();
  const event = roundResultsPublishedV1.create(
    { subject: round.id, source: SOURCE },
    {
      roundId: round.id,
      fundId: round.fundId,
      selected: results.selected,
      selectedCents: results.selectedCents,
      voters: results.turnout.voters,
      publishedAt: publishedAt.toISOString(),
    },
    publishedAt,
  );
  const published = { id: round.id, results, publishedAt, funded: false };
  await deps.outbox.save(deps.models.results, round.id, [event], () =>
    insertOnce(deps.models.results, published, [event]),
  );
}

async function fundWinners(
  deps: FundsDeps,
  round: Round,
  results: RoundResults,
  proposals: Proposal[],
): Promise<void> {
  for (const proposalId of results.selected) {
    const proposal = proposals.find((p) => p.id === proposalId);
    if (!proposal) continue;
    const entry = allocationOf(round, proposal, deps.now());
    const votes = results.proposals.find((r) => r.proposalId === proposalId)?.votes ?? 0;
    const selected = projectSelectedV1.create(
      { subject: proposalId, source: SOURCE },
      {
        roundId: round.id,
        fundId: round.fundId,
        proposalId,
        title: proposal.title,
        description: proposal.description,
        commune: proposal.commune,
        kind: proposal.kind,
        costCents: costOf(proposal),
        votes,
        allocationEntryId: entry.id,
      },
      deps.now(),
    );
    await appendEntry(deps, entry, [selected]);
  }
}

function allocationOf(round: Round, proposal: Proposal, now: Date): Entry {
  return {
    id: entryIdOf(round.fundId, 'allocation', `${round.id}:${proposal.id}`),
    fundId: round.fundId,
    kind: 'allocation',
    reversedKind: null,
    amountCents: costOf(proposal),
    category: null,
    contributor: null,
    commune: proposal.commune,
    lineItemId: null,
    sessionId: null,
    workshopId: null,
    occurredAt: now,
    recordedAt: now,
    recordedBy: 'participatory-budget',
    source: { type: 'event', ref: `${round.id}:${proposal.id}` },
    groupId: round.id,
    reverses: null,
    note: `Projet retenu : ${proposal.title}`,
  };
}
