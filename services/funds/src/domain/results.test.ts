import { validateBallot } from './ballot.js';
import type { Proposal } from './proposal.js';
import { computeResults, type CountedBallot, type RoundResults } from './results.js';
import type { Round } from './round.js';

const CHAPELLE = 'la-chapelle-en-vercors';
const JEAN = 'saint-jean-en-royans';
const VASSIEUX = 'vassieux-en-vercors';

const knapsack: Round = {
  id: 'r2027',
  fundId: 'f2027',
  title: 'Budget participatif 2027',
  envelopeCents: 1_000_000,
  envelopesByCommune: null,
  communes: [CHAPELLE, JEAN, VASSIEUX],
  method: { type: 'knapsack' },
  proposalsOpenAt: new Date('2027-03-01T00:00:00Z'),
  reviewStartsAt: new Date('2027-04-01T00:00:00Z'),
  votingStartsAt: new Date('2027-05-01T00:00:00Z'),
  votingEndsAt: new Date('2027-05-15T18:00:00Z'),
  closesAt: new Date('2027-06-01T00:00:00Z'),
  createdBy: 'coordinator',
  createdAt: new Date('2027-02-01T00:00:00Z'),
};
const approval: Round = { ...knapsack, method: { type: 'approval', maxChoices: 2 } };

function proposal(id: string, commune: string, euros: number, extra: Partial<Proposal> = {}) {
  const p: Proposal = {
    id,
    roundId: 'r2027',
    title: `Proposal ${id}`,
    description: '',
    commune,
    costCents: euros * 100,
    adjustedCostCents: null,
    kind: 'repair-cafe',
    submittedBy: `resident-${id}`,
    submittedAt: new Date('2027-03-10T00:00:00Z'),
    review: { feasible: true, reason: '', by: 'c', at: new Date('2027-04-10'), costNote: null },
    version: 1,
  };
  return { ...p, ...extra };
}

const times = (n: number, voterCommune: string, choices: string[]): CountedBallot[] =>
  Array.from({ length: n }, () => ({ voterCommune, choices }));

/** [id, votes, cost in €, selected, rank] per proposal, in ranking order. */
const table = (r: RoundResults) =>
  r.proposals.map((p) => [p.proposalId, p.votes, p.costCents / 100, p.selected, p.rank]);

/** A deterministic shuffle (small LCG), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/*
 * Knapsack, envelope 10 000 €. Ballots (each fits in 10 000 €):
 *   4 × {A, B, D} = 9 500 €    3 × {A, C} = 7 500 €    2 × {A, C, E} = 8 500 €
 *   2 × {B, C} = 6 500 €       1 × {B}                 1 × {} (abstention)
 * Votes: A 9, B 4+2+1 = 7, C 3+2+2 = 7, D 4, E 2.
 *   rank  proposal  votes  cost      left before  selected?
 *   1     A         9      4 000 €   10 000 €     yes → 6 000 € left
 *   2     B         7      3 000 €    6 000 €     yes → 3 000 € left   (tie with C: B cheaper)
 *   3     C         7      3 500 €    3 000 €     no, does not fit
 *   4     D         4      2 500 €    3 000 €     yes →   500 € left   (cheaper, lower, fits)
 *   5     E         2      1 000 €      500 €     no, does not fit
 * Selected: A, B, D = 9 500 €.
 */
const knapsackProposals = [
  proposal('A', CHAPELLE, 4_000),
  proposal('B', VASSIEUX, 3_000),
  proposal('C', VASSIEUX, 3_500),
  proposal('D', JEAN, 2_500),
  proposal('E', CHAPELLE, 1_000),
];
const knapsackBallots = [
  ...times(4, CHAPELLE, ['A', 'B', 'D']),
  ...times(3, VASSIEUX, ['A', 'C']),
  ...times(2, VASSIEUX, ['A', 'C', 'E']),
  ...times(2, JEAN, ['B', 'C']),
  ...times(1, CHAPELLE, ['B']),
  ...times(1, VASSIEUX, []),
];

/*
 * Approval, at most 2 choices, envelope 10 000 €. X was found not feasible.
 * Ballots: 5 × {P, Q}, 3 × {P, R}, 2 × {R, S}, 1 × {S, T}, 1 × {S, X}, 2 × {X}.
 * Votes: P 8, Q 5, R 5, S 4, T 1 (X's 3 votes do not count: it is not on the ballot).
 *   rank  proposal  votes  cost      left before  selected?
 *   1     P         8      6 000 €   10 000 €     yes → 4 000 € left
 *   2     Q         5      2 000 €    4 000 €     yes → 2 000 € left   (tie with R: Q cheaper)
 *   3     R         5      3 000 €    2 000 €     no, does not fit
 *   4     S         4      5 000 €    2 000 €     no, does not fit
 *   5     T         1      1 000 €    2 000 €     yes → 1 000 € left
 * Selected: P, Q, T = 9 000 €.
 */
const approvalProposals = [
  proposal('P', CHAPELLE, 6_000),
  proposal('Q', JEAN, 2_000),
  proposal('R', VASSIEUX, 3_000),
  proposal('S', VASSIEUX, 5_000),
  proposal('T', CHAPELLE, 1_000),
  proposal('X', CHAPELLE, 500, {
    review: { feasible: false, reason: 'Private land', by: 'c', at: new Date(), costNote: null },
  }),
];
const approvalBallots = [
  ...times(5, CHAPELLE, ['P', 'Q']),
  ...times(3, JEAN, ['P', 'R']),
  ...times(2, VASSIEUX, ['R', 'S']),
  ...times(1, VASSIEUX, ['S', 'T']),
  ...times(1, VASSIEUX, ['S', 'X']),
  ...times(2, CHAPELLE, ['X']),
];

/*
 * Approval, at most 3 choices, envelope 1 000 € split: Vassieux 600 €, La Chapelle 400 €,
 * Saint-Jean nothing (it is in the round, so its residents vote, but has no envelope).
 *   rank  proposal       votes  cost   left in its commune  selected?
 *   1     J1 Saint-Jean  9      100 €  no envelope          no
 *   2     V1 Vassieux    6      400 €  600 €                yes → 200 € left
 *   3     V2 Vassieux    5      300 €  200 €                no
 *   4     L1 Chapelle    4      500 €  400 €                no
 *   5     L2 Chapelle    3      250 €  400 €                yes → 150 € left
 *   6     V3 Vassieux    1      150 €  200 €                yes →  50 € left
 * Selected: V1, L2, V3 = 800 €.
 */
const split: Round = {
  ...knapsack,
  envelopeCents: 100_000,
  envelopesByCommune: { [VASSIEUX]: 60_000, [CHAPELLE]: 40_000 },
  method: { type: 'approval', maxChoices: 3 },
};
const splitProposals = [
  proposal('J1', JEAN, 100),
  proposal('V1', VASSIEUX, 400),
  proposal('V2', VASSIEUX, 300),
  proposal('L1', CHAPELLE, 500),
  proposal('L2', CHAPELLE, 250),
  proposal('V3', VASSIEUX, 150),
];
const splitBallots = [
  ...times(5, VASSIEUX, ['J1', 'V1', 'V2']),
  ...times(1, JEAN, ['J1', 'V1', 'L1']),
  ...times(3, JEAN, ['J1', 'L1', 'L2']),
  ...times(1, CHAPELLE, ['V3']),
];

describe('computeResults', () => {
  it('ranks and selects the hand-computed knapsack example', () => {
    for (const b of knapsackBallots) validateBallot(knapsack, knapsackProposals, b.choices);
    const r = computeResults(knapsack, knapsackProposals, knapsackBallots);
    expect(table(r)).toEqual([
      ['A', 9, 4_000, true, 1],
      ['B', 7, 3_000, true, 2],
      ['C', 7, 3_500, false, 3],
      ['D', 4, 2_500, true, 4],
      ['E', 2, 1_000, false, 5],
    ]);
    expect(r.selected).toEqual(['A', 'B', 'D']);
    expect(r).toMatchObject({
      roundId: 'r2027',
      method: 'knapsack',
      envelopeCents: 1_000_000,
      selectedCents: 950_000,
    });
    expect(r.proposals[0]).toEqual({
      proposalId: 'A',
      title: 'Proposal A',
      commune: CHAPELLE,
      costCents: 400_000,
      votes: 9,
      selected: true,
      rank: 1,
    });
  });

  it('ranks and selects the hand-computed approval example, leaving out the infeasible', () => {
    for (const b of approvalBallots.filter((b) => !b.choices.includes('X')))
      validateBallot(approval, approvalProposals, b.choices);
    const r = computeResults(approval, approvalProposals, approvalBallots);
    expect(table(r)).toEqual([
      ['P', 8, 6_000, true, 1],
      ['Q', 5, 2_000, true, 2],
      ['R', 5, 3_000, false, 3],
      ['S', 4, 5_000, false, 4],
      ['T', 1, 1_000, true, 5],
    ]);
    expect(r.selected).toEqual(['P', 'Q', 'T']);
    expect(r.method).toBe('approval');
    expect(r.selectedCents).toBe(900_000);
    expect(r.turnout.voters).toBe(14);
  });

  it('spends each commune’s envelope on its own proposals; none for a commune without one', () => {
    const r = computeResults(split, splitProposals, splitBallots);
    expect(table(r)).toEqual([
      ['J1', 9, 100, false, 1],
      ['V1', 6, 400, true, 2],
      ['V2', 5, 300, false, 3],
      ['L1', 4, 500, false, 4],
      ['L2', 3, 250, true, 5],
      ['V3', 1, 150, true, 6],
    ]);
    expect(r.selected).toEqual(['V1', 'L2', 'V3']);
    expect(r.selectedCents).toBe(80_000);
  });

  it('breaks ties by reviewed cost, then earlier submission, then id', () => {
    const early = new Date('2027-03-02T00:00:00Z');
    const ps = [
      proposal('late-b', CHAPELLE, 200),
      proposal('late-a', CHAPELLE, 200),
      proposal('early', CHAPELLE, 200, { submittedAt: early }),
      // Cheapest as estimated, dearest once reviewed: ranks on the reviewed cost.
      proposal('adjusted', CHAPELLE, 100, { adjustedCostCents: 30_000 }),
    ];
    const r = computeResults(knapsack, ps, []);
    expect(r.proposals.map((p) => [p.proposalId, p.costCents])).toEqual([
      ['early', 20_000],
      ['late-a', 20_000],
      ['late-b', 20_000],
      ['adjusted', 30_000],
    ]);
  });

  it('counts a ballot once per proposal and ignores unknown ids and other rounds', () => {
    const ps = [proposal('A', CHAPELLE, 100), proposal('O', CHAPELLE, 100, { roundId: 'r2026' })];
    const r = computeResults(knapsack, ps, [{ voterCommune: JEAN, choices: ['A', 'A', 'O', '?'] }]);
    expect(table(r)).toEqual([['A', 1, 100, true, 1]]);
  });

  it.each([
    ['knapsack', knapsack, knapsackProposals, knapsackBallots],
    ['approval', approval, approvalProposals, approvalBallots],
    ['per commune', split, splitProposals, splitBallots],
  ] as const)('gives the same %s results whatever the input order', (_, round, ps, bs) => {
    const expected = computeResults(round, [...ps], [...bs]);
    const reversed = computeResults(round, [...ps].reverse(), [...bs].reverse());
    expect(reversed).toEqual(expected);
    for (const seed of [1, 7, 42, 2027]) {
      const again = computeResults(round, shuffled([...ps], seed), shuffled([...bs], seed + 1));
      expect(again).toEqual(expected);
    }
  });
});

describe('computeResults without votes', () => {
  it('funds nothing nobody voted for, even when it fits', () => {
    const ps = [proposal('liked', VASSIEUX, 1_000), proposal('ignored', VASSIEUX, 100)];
    const results = computeResults(knapsack, ps, times(3, VASSIEUX, ['liked']));
    expect(results.selected).toEqual(['liked']);
    expect(results.proposals.find((p) => p.proposalId === 'ignored')).toMatchObject({
      votes: 0,
      selected: false,
    });
  });
});

describe('computeResults turnout', () => {
  it('counts voters per commune, abstentions included, with 0 rows for silent communes', () => {
    const r = computeResults(knapsack, knapsackProposals, knapsackBallots);
    expect(r.turnout).toEqual({
      voters: 13,
      abstentions: 1,
      byCommune: [
        { commune: CHAPELLE, voters: 5, eligibleCommune: true },
        { commune: JEAN, voters: 2, eligibleCommune: true },
        { commune: VASSIEUX, voters: 6, eligibleCommune: true },
      ],
    });
  });

  it('sorts by commune, flags voters from outside the round, and shows communes with none', () => {
    const ballots = [
      ...times(2, VASSIEUX, ['A']),
      ...times(1, 'autrans', []),
      ...times(1, CHAPELLE, ['B']),
    ];
    expect(computeResults(knapsack, knapsackProposals, ballots).turnout).toEqual({
      voters: 4,
      abstentions: 1,
      byCommune: [
        { commune: 'autrans', voters: 1, eligibleCommune: false },
        { commune: CHAPELLE, voters: 1, eligibleCommune: true },
        { commune: JEAN, voters: 0, eligibleCommune: true },
        { commune: VASSIEUX, voters: 2, eligibleCommune: true },
      ],
    });
    expect(computeResults(knapsack, knapsackProposals, []).turnout.byCommune).toEqual([
      { commune: CHAPELLE, voters: 0, eligibleCommune: true },
      { commune: JEAN, voters: 0, eligibleCommune: true },
      { commune: VASSIEUX, voters: 0, eligibleCommune: true },
    ]);
  });
});
