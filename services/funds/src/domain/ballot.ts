import { ballotCastV1, countOf, formatEuros, localized, type Envelope } from '@fabrique/contracts';
import type { Actor } from './actor.js';
import { fundErrors } from './errors.js';
import { SOURCE } from './fund.js';
import { costOf, isFeasible, type Proposal } from './proposal.js';
import { assertEligible, type Round } from './round.js';
import { assertPhase } from './round-phases.js';

/** A voter's choices in a round: one per voter and round, the last one cast counts. */
export interface Ballot {
  /** `<roundId>:<voterId>`. */
  id: string;
  roundId: string;
  voterId: string;
  voterCommune: string;
  choices: string[];
  castAt: Date;
}

export const ballotIdOf = (roundId: string, voterId: string) => `${roundId}:${voterId}`;

const PROJECTS = { fr: ['projet', 'projets'], en: ['proposal', 'proposals'] } as const;

/** The chosen proposals, or the first reason the choices cannot be read as a ballot. */
function chosenProposals(round: Round, proposals: Proposal[], choices: string[]): Proposal[] {
  // A proposal of another round is as unknown here as one that does not exist.
  const byId = new Map(proposals.filter((p) => p.roundId === round.id).map((p) => [p.id, p]));
  const seen = new Set<string>();
  const chosen: Proposal[] = [];
  for (const id of choices) {
    if (seen.has(id))
      throw fundErrors.BALLOT_INVALID({
        fr: `Le projet ${id} est choisi deux fois.`,
        en: `Proposal ${id} is chosen twice.`,
      });
    seen.add(id);
    const proposal = byId.get(id);
    if (!proposal)
      throw fundErrors.BALLOT_INVALID({
        fr: `Aucun projet ${id} dans ce tour de vote.`,
        en: `No proposal ${id} in this round.`,
      });
    if (!isFeasible(proposal))
      throw fundErrors.BALLOT_INVALID({
        fr: `Le projet ${id} n’a pas été jugé réalisable : il n’est pas soumis au vote.`,
        en: `Proposal ${id} was not found feasible, so is not on the ballot.`,
      });
    chosen.push(proposal);
  }
  return chosen;
}

const totalCost = (ps: Proposal[]) => ps.reduce((a, p) => a + costOf(p), 0);

/**
 * A knapsack ballot is a budget the voter could actually fund: the chosen proposals fit in
 * the envelope, and in each commune's envelope when the round splits it (a commune without
 * an envelope there has nothing, so its proposals cannot be chosen unless they cost nothing).
 */
function assertFits(round: Round, chosen: Proposal[]): void {
  const total = totalCost(chosen);
  if (total > round.envelopeCents)
    throw fundErrors.BALLOT_INVALID(
      localized((l) =>
        l === 'fr'
          ? `Les projets choisis coûtent ${formatEuros(total, l)}, plus que l’enveloppe de ${formatEuros(round.envelopeCents, l)}.`
          : `The chosen proposals cost ${formatEuros(total, l)}, more than the envelope of ${formatEuros(round.envelopeCents, l)}.`,
      ),
    );
  const split = round.envelopesByCommune;
  if (split === null) return;
  for (const commune of [...new Set(chosen.map((p) => p.commune))].sort()) {
    const cost = totalCost(chosen.filter((p) => p.commune === commune));
    const envelope = split[commune] ?? 0;
    if (cost > envelope)
      throw fundErrors.BALLOT_INVALID(
        localized((l) =>
          l === 'fr'
            ? `Les projets choisis pour ${commune} coûtent ${formatEuros(cost, l)}, plus que son enveloppe de ${formatEuros(envelope, l)}.`
            : `The proposals chosen in ${commune} cost ${formatEuros(cost, l)}, more than its envelope of ${formatEuros(envelope, l)}.`,
        ),
      );
  }
}

/**
 * Throws BALLOT_INVALID naming the first problem with `choices` (proposal ids), given all the
 * proposals of the round. An empty ballot is valid: abstaining still counts in turnout.
 */
export function validateBallot(round: Round, proposals: Proposal[], choices: string[]): void {
  const chosen = chosenProposals(round, proposals, choices);
  if (round.method.type === 'approval') {
    const max = round.method.maxChoices;
    if (chosen.length > max)
      throw fundErrors.BALLOT_INVALID(
        localized((l) =>
          l === 'fr'
            ? `Vous pouvez choisir au plus ${countOf(max, PROJECTS, l)}, et non ${chosen.length}.`
            : `At most ${countOf(max, PROJECTS, l)} may be chosen, not ${chosen.length}.`,
        ),
      );
    return;
  }
  assertFits(round, chosen);
}

/**
 * A ballot of an eligible voter during the vote, valid against the round's proposals. Its event
 * says someone voted, never what.
 */
/** Whether this voter may vote in this round now: checked before the proposals are read. */
export function assertMayVote(round: Round, voter: Actor, now: Date): void {
  assertPhase(round, now, 'voting');
  assertEligible(round, voter);
}

export function castBallot(
  round: Round,
  voter: Actor,
  proposals: Proposal[],
  choices: string[],
  now: Date,
): { ballot: Ballot; events: Envelope[] } {
  assertMayVote(round, voter, now);
  validateBallot(round, proposals, choices);
  const ballot: Ballot = {
    id: ballotIdOf(round.id, voter.accountId),
    roundId: round.id,
    voterId: voter.accountId,
    voterCommune: voter.commune,
    choices,
    castAt: now,
  };
  const event = ballotCastV1.create(
    { subject: round.id, source: SOURCE },
    { roundId: round.id, voterCommune: voter.commune, castAt: now.toISOString() },
    now,
  );
  return { ballot, events: [event] };
}
