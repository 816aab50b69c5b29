import * as rules from '../domain/results.js';
import type { Proposal } from '../domain/proposal.js';
import type { RoundResults, StoredResults } from '../domain/results.js';
import type { Round } from '../domain/round.js';
import { assertPhase } from '../domain/round-phases.js';
import { findRecord, insertOnce } from '../store/records.store.js';
import { ballotsOf } from './ballots.js';
import type { FundsDeps } from './deps.js';
import { appendEntry } from './ledger.js';
import { proposalsOf } from './proposals.js';

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
  const results = existing?.results ?? (await publishOnce(deps, round, proposals));
  for (const proposalId of results.selected) {
    const proposal = proposals.find((p) => p.id === proposalId);
    if (proposal) await appendEntry(deps, rules.fundWinner(round, proposal, results, deps.now()));
  }
  await deps.models.results.updateOne({ _id: round.id }, { $set: { funded: true } });
  return results;
}

/** Counts and publishes the results once; when another replica published first, its results. */
async function publishOnce(
  deps: FundsDeps,
  round: Round,
  proposals: Proposal[],
): Promise<RoundResults> {
  const ballots = await ballotsOf(deps, round.id);
  const { published, events } = rules.publishResults(round, proposals, ballots, deps.now());
  const inserted = await deps.outbox.save(deps.models.results, round.id, events, () =>
    insertOnce(deps.models.results, { ...published }, events),
  );
  if (inserted) return published.results;
  const theirs = await findRecord<StoredResults>(deps.models.results, round.id);
  return theirs?.results ?? published.results;
}
