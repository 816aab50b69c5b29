import { AppError, type Locale } from '@fabrique/contracts';
import { validateBallot } from './ballot.js';
import type { Proposal } from './proposal.js';
import type { Round } from './round.js';
import { CHAPELLE, round, VASSIEUX } from './test-fixtures.js';

const approval: Round = round;
const knapsack: Round = { ...approval, method: { type: 'knapsack' } };

function proposal(id: string, commune: string, costCents: number, feasible = true): Proposal {
  return {
    id,
    roundId: 'r2027',
    title: `Proposal ${id}`,
    description: '',
    commune,
    costCents,
    adjustedCostCents: null,
    kind: 'repair-cafe',
    submittedBy: `resident-${id}`,
    submittedAt: new Date('2027-03-10T00:00:00Z'),
    review: { feasible, reason: '', by: 'coordinator', at: new Date('2027-04-10'), costNote: null },
    version: 1,
  };
}

// Costs in cents: 4 000 €, 3 500 €, 2 500 € (estimated 2 000 €, adjusted in review), 1 000 €.
const proposals: Proposal[] = [
  proposal('a', CHAPELLE, 400_000),
  proposal('b', VASSIEUX, 350_000),
  { ...proposal('c', VASSIEUX, 200_000), adjustedCostCents: 250_000 },
  proposal('d', CHAPELLE, 100_000),
  proposal('refused', CHAPELLE, 10_000, false),
  { ...proposal('unreviewed', CHAPELLE, 10_000), review: null },
  { ...proposal('elsewhere', CHAPELLE, 10_000), roundId: 'r2026' },
];

function problem(round: Round, choices: string[], locale: Locale = 'en'): string | undefined {
  try {
    validateBallot(round, proposals, choices);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(e.code).toBe('BALLOT_INVALID');
    expect(e.status).toBe(422);
    return e.detail?.[locale];
  }
  throw new Error('expected BALLOT_INVALID');
}

describe('validateBallot, for both methods', () => {
  it.each([approval, knapsack])('accepts an empty ballot (abstention) in $method.type', (round) => {
    expect(() => validateBallot(round, proposals, [])).not.toThrow();
  });

  it.each([approval, knapsack])('refuses a duplicate choice in $method.type', (round) => {
    expect(problem(round, ['a', 'a'])).toBe('Proposal a is chosen twice.');
  });

  it.each([approval, knapsack])('refuses an unknown proposal in $method.type', (round) => {
    expect(problem(round, ['a', 'zzz'])).toBe('No proposal zzz in this round.');
    expect(problem(round, ['elsewhere'])).toBe('No proposal elsewhere in this round.');
  });

  it.each([approval, knapsack])(
    'refuses infeasible or unreviewed ones in $method.type',
    (round) => {
      expect(problem(round, ['refused'])).toMatch(/refused was not found feasible/);
      expect(problem(round, ['unreviewed'])).toMatch(/unreviewed was not found feasible/);
    },
  );
});

describe('validateBallot, approval', () => {
  it('accepts up to maxChoices proposals, whatever they cost', () => {
    const big = { ...approval, envelopeCents: 100_000 };
    expect(() => validateBallot(big, proposals, ['a', 'b'])).not.toThrow();
  });

  it('refuses more than maxChoices', () => {
    expect(problem(approval, ['a', 'b', 'd'])).toBe('At most 2 proposals may be chosen, not 3.');
    expect(problem(approval, ['a', 'b', 'd'], 'fr')).toBe(
      'Vous pouvez choisir au plus 2 projets, et non 3.',
    );
    const single = { ...approval, method: { type: 'approval' as const, maxChoices: 1 } };
    expect(problem(single, ['a', 'b'])).toBe('At most 1 proposal may be chosen, not 2.');
  });
});

describe('validateBallot, knapsack', () => {
  it('accepts any number of proposals that fit, up to the envelope exactly', () => {
    // 4 000 + 3 500 + 2 500 = 10 000 €, the whole envelope (c at its adjusted cost).
    expect(() => validateBallot(knapsack, proposals, ['a', 'b', 'c'])).not.toThrow();
  });

  it('refuses proposals costing more than the envelope, using reviewed costs', () => {
    // 4 000 + 3 500 + 2 500 + 1 000 = 11 000 € (it would be 10 500 € with c's estimate).
    expect(problem(knapsack, ['a', 'b', 'c', 'd'])).toBe(
      'The chosen proposals cost €11,000.00, more than the envelope of €10,000.00.',
    );
    // French amounts: a narrow no-break space between thousands, a no-break space before €.
    expect(problem(knapsack, ['a', 'b', 'c', 'd'], 'fr')).toBe(
      'Les projets choisis coûtent 11\u202f000,00\u00a0€, plus que l’enveloppe de 10\u202f000,00\u00a0€.',
    );
  });

  it('refuses, with envelopes per commune, a commune chosen beyond its own envelope', () => {
    const split = { ...knapsack, envelopesByCommune: { [CHAPELLE]: 400_000, [VASSIEUX]: 600_000 } };
    expect(() => validateBallot(split, proposals, ['a', 'b', 'c'])).not.toThrow();
    expect(problem(split, ['a', 'd'])).toBe(
      `The proposals chosen in ${CHAPELLE} cost €5,000.00, more than its envelope of €4,000.00.`,
    );
  });

  it('refuses proposals of a commune that has no envelope in the split', () => {
    const onlyVassieux = { ...knapsack, envelopesByCommune: { [VASSIEUX]: 1_000_000 } };
    expect(problem(onlyVassieux, ['b', 'd'])).toBe(
      `The proposals chosen in ${CHAPELLE} cost €1,000.00, more than its envelope of €0.00.`,
    );
  });
});
