import type { Proposal, ReviewBody } from './api.js';
import { parseEuros } from '../../format/money.js';

/** The review form as typed. */
export interface ReviewDraft {
  reason: string;
  cost: string;
  costNote: string;
}
export type ReviewField = keyof ReviewDraft;
export type ReviewProblems = Partial<Record<ReviewField, true>>;

/** Where the API reports each field's problem. */
export const REVIEW_PATHS: Record<ReviewField, string> = {
  reason: 'reason',
  cost: 'adjustedCostCents',
  costNote: 'costNote',
};

/**
 * A second review replaces the first: the reason and the cost note start from it, since
 * the API forgets a note that is not sent again. The cost starts empty (kept as it is).
 */
export const reviewDraftOf = (p: Proposal): ReviewDraft => ({
  reason: p.review?.reason ?? '',
  cost: '',
  costNote: p.review?.costNote ?? '',
});

/** The body to send, or which fields need fixing (a changed cost needs a note saying why). */
export function readReview(
  draft: ReviewDraft,
  feasible: boolean,
): { body: ReviewBody } | { problems: ReviewProblems } {
  const problems: ReviewProblems = {};
  const reason = draft.reason.trim();
  const costNote = draft.costNote.trim();
  const cost = draft.cost.trim() === '' ? undefined : parseEuros(draft.cost);
  if (reason === '') problems.reason = true;
  if (cost === null || cost === 0) problems.cost = true;
  if (cost && costNote === '') problems.costNote = true;
  if (Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      feasible,
      reason,
      ...(cost ? { adjustedCostCents: cost } : {}),
      ...(costNote ? { costNote } : {}),
    },
  };
}
