import { fundErrors } from './errors.js';
import { costOf, isFeasible, type Proposal } from './proposal.js';
import type { Round } from './round.js';

const euros = (cents: number) => `${(cents / 100).toFixed(2)} €`;

/** The chosen proposals, or the first reason the choices cannot be read as a ballot. */
function chosenProposals(round: Round, proposals: Proposal[], choices: string[]): Proposal[] {
  // A proposal of another round is as unknown here as one that does not exist.
  const byId = new Map(proposals.filter((p) => p.roundId === round.id).map((p) => [p.id, p]));
  const seen = new Set<string>();
  const chosen: Proposal[] = [];
  for (const id of choices) {
    if (seen.has(id)) throw fundErrors.BALLOT_INVALID(`Proposal ${id} is chosen twice.`);
    seen.add(id);
    const proposal = byId.get(id);
    if (!proposal) throw fundErrors.BALLOT_INVALID(`No proposal ${id} in this round.`);
    if (!isFeasible(proposal))
      throw fundErrors.BALLOT_INVALID(
        `Proposal ${id} was not found feasible, so is not on the ballot.`,
      );
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
      `The chosen proposals cost ${euros(total)}, more than the envelope of ${euros(round.envelopeCents)}.`,
    );
  const split = round.envelopesByCommune;
  if (split === null) return;
  for (const commune of [...new Set(chosen.map((p) => p.commune))].sort()) {
    const cost = totalCost(chosen.filter((p) => p.commune === commune));
    const envelope = split[commune] ?? 0;
    if (cost > envelope)
      throw fundErrors.BALLOT_INVALID(
        `The proposals chosen in ${commune} cost ${euros(cost)}, more than its envelope of ${euros(envelope)}.`,
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
    if (chosen.length > round.method.maxChoices)
      throw fundErrors.BALLOT_INVALID(
        `At most ${round.method.maxChoices} proposals may be chosen, not ${chosen.length}.`,
      );
    return;
  }
  assertFits(round, chosen);
}
