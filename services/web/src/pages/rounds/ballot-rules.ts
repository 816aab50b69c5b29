import type { Proposal, Round } from './api.js';

/** Why a proposal cannot be added to the ballot as it stands (the API's own rules). */
export type Blocked =
  | { type: 'max'; max: number }
  | { type: 'envelope'; missingCents: number }
  | { type: 'commune'; commune: string; missingCents: number };

export interface CommuneTally {
  commune: string;
  envelopeCents: number;
  leftCents: number;
}

export interface Tally {
  spentCents: number;
  leftCents: number;
  /** Only when the round gives each commune its own envelope. */
  byCommune: CommuneTally[];
}

const costOf = (ps: Proposal[]) => ps.reduce((sum, p) => sum + p.costCents, 0);

/** What the chosen proposals take from the envelope, and from each commune's. */
export function tally(round: Round, chosen: Proposal[]): Tally {
  const spentCents = costOf(chosen);
  const split = round.envelopesByCommune;
  const byCommune = split
    ? Object.entries(split).map(([commune, envelopeCents]) => ({
        commune,
        envelopeCents,
        leftCents: envelopeCents - costOf(chosen.filter((p) => p.commune === commune)),
      }))
    : [];
  return { spentCents, leftCents: round.envelopeCents - spentCents, byCommune };
}

/**
 * Null when `proposal` may be ticked next to `chosen`: approval allows up to K proposals;
 * knapsack needs their costs to fit in the envelope and in their commune's when it is split
 * (a commune without an envelope there has nothing).
 */
export function blockedBy(round: Round, chosen: Proposal[], proposal: Proposal): Blocked | null {
  if (chosen.some((p) => p.id === proposal.id)) return null;
  if (round.method.type === 'approval')
    return chosen.length >= round.method.maxChoices
      ? { type: 'max', max: round.method.maxChoices }
      : null;
  const { leftCents, byCommune } = tally(round, chosen);
  if (proposal.costCents > leftCents)
    return { type: 'envelope', missingCents: proposal.costCents - leftCents };
  if (!round.envelopesByCommune) return null;
  const left = byCommune.find((c) => c.commune === proposal.commune)?.leftCents ?? 0;
  return proposal.costCents > left
    ? { type: 'commune', commune: proposal.commune, missingCents: proposal.costCents - left }
    : null;
}

/** The feasible proposals: only they are on the ballot. */
export const onBallot = (proposals: Proposal[]) =>
  proposals.filter((p) => p.review?.feasible === true);
