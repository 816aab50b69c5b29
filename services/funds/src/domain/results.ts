import { projectSelectedV1, roundResultsPublishedV1, type Envelope } from '@fabrique/contracts';
import { entryIdOf, recordEntry, type Entry, type EntryChange } from './entry.js';
import { SOURCE } from './fund.js';
import { costOf, isFeasible, type Proposal } from './proposal.js';
import type { Round, RoundMethod } from './round.js';
import { assertPhase } from './round-phases.js';

/** A cast ballot as counted: who it came from (for turnout) and what it chose. */
export interface CountedBallot {
  voterCommune: string;
  choices: string[];
}

export interface ProposalResult {
  proposalId: string;
  title: string;
  commune: string;
  /** The cost the selection used (the reviewed one when there is one). */
  costCents: number;
  votes: number;
  selected: boolean;
  /** 1 for the first in ranking order. */
  rank: number;
}

export interface RoundResults {
  roundId: string;
  method: RoundMethod['type'];
  envelopeCents: number;
  selectedCents: number;
  /** Every feasible proposal, in ranking order. */
  proposals: ProposalResult[];
  /** Ids of the selected proposals, in ranking order. */
  selected: string[];
  turnout: {
    /** Every ballot cast, empty ones included. */
    voters: number;
    /** Empty ballots: counted in turnout, for no project (the round's rule on abstaining). */
    abstentions: number;
    byCommune: { commune: string; voters: number; eligibleCommune: boolean }[];
  };
}

interface Ranked {
  proposal: Proposal;
  cost: number;
  votes: number;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most votes first; then the cheaper (more left for others), the earlier, the lower id. */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.votes - a.votes ||
    a.cost - b.cost ||
    a.proposal.submittedAt.getTime() - b.proposal.submittedAt.getTime() ||
    byCode(a.proposal.id, b.proposal.id)
  );
}

function rank(round: Round, proposals: Proposal[], ballots: CountedBallot[]): Ranked[] {
  const votes = new Map<string, number>();
  for (const ballot of ballots)
    // A ballot counts once for a proposal, even if it names it twice.
    for (const id of new Set(ballot.choices)) votes.set(id, (votes.get(id) ?? 0) + 1);
  return proposals
    .filter((p) => p.roundId === round.id && isFeasible(p))
    .map((proposal) => ({ proposal, cost: costOf(proposal), votes: votes.get(proposal.id) ?? 0 }))
    .sort(compareRanked);
}

/**
 * Greedy in ranking order: a proposal is selected if its cost fits in what is left of its
 * envelope, otherwise skipped, and the next one is tried. With envelopes per commune, each
 * commune's envelope is spent on its own proposals; a commune without one gets nothing.
 */
function select(round: Round, ranked: Ranked[]): Set<string> {
  const split = round.envelopesByCommune;
  const left = new Map<string, number>(
    split === null ? [['', round.envelopeCents]] : Object.entries(split),
  );
  const envelopeOf = (p: Proposal) => (split === null ? '' : p.commune);
  const selected = new Set<string>();
  for (const { proposal, cost, votes } of ranked) {
    // Nobody is funded for a project nobody voted for, even if money is left.
    if (votes === 0) continue;
    const rest = left.get(envelopeOf(proposal));
    if (rest === undefined || cost > rest) continue;
    left.set(envelopeOf(proposal), rest - cost);
    selected.add(proposal.id);
  }
  return selected;
}

/** Voters per commune they live in, with a 0 row for each of the round's communes no one came from. */
function turnoutOf(round: Round, ballots: CountedBallot[]): RoundResults['turnout'] {
  const counts = new Map<string, number>(round.communes.map((c) => [c, 0]));
  for (const b of ballots) counts.set(b.voterCommune, (counts.get(b.voterCommune) ?? 0) + 1);
  const byCommune = [...counts.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([commune, voters]) => ({
      commune,
      voters,
      eligibleCommune: round.communes.includes(commune),
    }));
  const abstentions = ballots.filter((b) => b.choices.length === 0).length;
  return { voters: ballots.length, abstentions, byCommune };
}

/**
 * The outcome of a round, the same whatever order proposals and ballots come in:
 * - only feasible proposals (of this round) count; a proposal's votes are the number of
 *   ballots choosing it; choices of other proposals are ignored;
 * - ranking: most votes first, then the lower cost (`costOf`), then the earlier submission,
 *   then the lower id, so there is never a tie;
 * - selection, for approval and knapsack alike: greedy in ranking order, a proposal is
 *   selected if its cost fits in what is left of the envelope (of its commune's envelope
 *   when the round splits it; a commune without an envelope there gets nothing), otherwise
 *   it is skipped and the next is tried, so a cheaper one further down can still be funded;
 * - turnout counts every ballot, empty ones (abstentions) included, per voter's commune,
 *   sorted by commune, with 0 rows for the round's communes that had no voters.
 */
export function computeResults(
  round: Round,
  proposals: Proposal[],
  ballots: CountedBallot[],
): RoundResults {
  const ranked = rank(round, proposals, ballots);
  const selected = select(round, ranked);
  const results: ProposalResult[] = ranked.map(({ proposal, cost, votes }, i) => ({
    proposalId: proposal.id,
    title: proposal.title,
    commune: proposal.commune,
    costCents: cost,
    votes,
    selected: selected.has(proposal.id),
    rank: i + 1,
  }));
  const chosen = results.filter((r) => r.selected);
  return {
    roundId: round.id,
    method: round.method.type,
    envelopeCents: round.envelopeCents,
    selectedCents: chosen.reduce((a, r) => a + r.costCents, 0),
    proposals: results,
    selected: chosen.map((r) => r.proposalId),
    turnout: turnoutOf(round, ballots),
  };
}

/** A round's results as published (id: the round's), once. */
export interface StoredResults {
  id: string;
  results: RoundResults;
  publishedAt: Date;
  /** Set once every winner's allocation entry is written. */
  funded?: boolean;
}

/** Results are published once voting has closed, counted from the ballots. */
export function publishResults(
  round: Round,
  proposals: Proposal[],
  ballots: CountedBallot[],
  now: Date,
): { published: StoredResults; events: Envelope[] } {
  assertPhase(round, now, 'results', 'closed');
  const results = computeResults(round, proposals, ballots);
  const event = roundResultsPublishedV1.create(
    { subject: round.id, source: SOURCE },
    {
      roundId: round.id,
      fundId: round.fundId,
      selected: results.selected,
      selectedCents: results.selectedCents,
      voters: results.turnout.voters,
      publishedAt: now.toISOString(),
    },
    now,
  );
  return { published: { id: round.id, results, publishedAt: now, funded: false }, events: [event] };
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

/**
 * A selected project is funded by an allocation entry whose id derives from the round and the
 * proposal (so funding it again writes nothing), with the project-selected event.
 */
export function fundWinner(
  round: Round,
  proposal: Proposal,
  results: RoundResults,
  now: Date,
): EntryChange {
  const { entry, events } = recordEntry(allocationOf(round, proposal, now), now);
  const votes = results.proposals.find((r) => r.proposalId === proposal.id)?.votes ?? 0;
  const selected = projectSelectedV1.create(
    { subject: proposal.id, source: SOURCE },
    {
      roundId: round.id,
      fundId: round.fundId,
      proposalId: proposal.id,
      title: proposal.title,
      description: proposal.description,
      commune: proposal.commune,
      kind: proposal.kind,
      costCents: costOf(proposal),
      votes,
      allocationEntryId: entry.id,
    },
    now,
  );
  return { entry, events: [...events, selected] };
}
