import { costOf, isFeasible, type ProposalReview } from './proposal.js';

const review = (feasible: boolean): ProposalReview => ({
  feasible,
  reason: feasible ? 'OK' : 'Not on public land',
  by: 'coordinator',
  at: new Date('2027-04-10T00:00:00Z'),
  costNote: null,
});

describe('costOf', () => {
  it('uses the cost adjusted during review when there is one, else the estimate', () => {
    expect(costOf({ costCents: 150_000, adjustedCostCents: null })).toBe(150_000);
    expect(costOf({ costCents: 150_000, adjustedCostCents: 180_000 })).toBe(180_000);
    expect(costOf({ costCents: 150_000, adjustedCostCents: 0 })).toBe(0);
  });
});

describe('isFeasible', () => {
  it('is true only once a review found the proposal feasible', () => {
    expect(isFeasible({ review: review(true) })).toBe(true);
    expect(isFeasible({ review: review(false) })).toBe(false);
    expect(isFeasible({ review: null })).toBe(false);
  });
});
