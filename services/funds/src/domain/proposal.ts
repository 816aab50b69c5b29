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
