import { AppError } from '@fabrique/contracts';
import { assertValidRound, phaseAt, type Round } from './round.js';

const round: Round = {
  id: 'r2027',
  fundId: 'f2027',
  title: 'Budget participatif 2027',
  envelopeCents: 1_000_000,
  envelopesByCommune: null,
  communes: ['la-chapelle-en-vercors', 'vassieux-en-vercors'],
  method: { type: 'approval', maxChoices: 3 },
  proposalsOpenAt: new Date('2027-03-01T00:00:00Z'),
  reviewStartsAt: new Date('2027-04-01T00:00:00Z'),
  votingStartsAt: new Date('2027-05-01T00:00:00Z'),
  votingEndsAt: new Date('2027-05-15T18:00:00Z'),
  closesAt: new Date('2027-06-01T00:00:00Z'),
  createdBy: 'coordinator',
  createdAt: new Date('2027-02-01T00:00:00Z'),
};

const justBefore = (d: Date) => new Date(d.getTime() - 1);

function errorOf(run: () => void): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('phaseAt', () => {
  it('gives each boundary instant to the phase it starts, the millisecond before to the one it ends', () => {
    const boundaries = [
      [round.proposalsOpenAt, 'upcoming', 'proposals'],
      [round.reviewStartsAt, 'proposals', 'review'],
      [round.votingStartsAt, 'review', 'voting'],
      [round.votingEndsAt, 'voting', 'results'],
      [round.closesAt, 'results', 'closed'],
    ] as const;
    for (const [at, before, from] of boundaries) {
      expect(phaseAt(round, justBefore(at))).toBe(before);
      expect(phaseAt(round, at)).toBe(from);
    }
  });

  it('is upcoming long before and closed long after', () => {
    expect(phaseAt(round, new Date('2020-01-01T00:00:00Z'))).toBe('upcoming');
    expect(phaseAt(round, new Date('2030-01-01T00:00:00Z'))).toBe('closed');
  });
});

describe('assertValidRound', () => {
  const problem = (changes: Partial<Round>) => {
    const e = errorOf(() => assertValidRound({ ...round, ...changes }));
    expect(e.code).toBe('INVALID_ROUND');
    expect(e.status).toBe(422);
    return e.detail?.en;
  };

  it('accepts a well-formed round, with or without envelopes per commune', () => {
    expect(() => assertValidRound(round)).not.toThrow();
    expect(() => assertValidRound({ ...round, method: { type: 'knapsack' } })).not.toThrow();
    const split = { 'la-chapelle-en-vercors': 400_000, 'vassieux-en-vercors': 600_000 };
    expect(() => assertValidRound({ ...round, envelopesByCommune: split })).not.toThrow();
    const withZero = { 'la-chapelle-en-vercors': 0, 'vassieux-en-vercors': 1_000_000 };
    expect(() => assertValidRound({ ...round, envelopesByCommune: withZero })).not.toThrow();
  });

  it('refuses dates that are not strictly increasing, naming them', () => {
    expect(problem({ reviewStartsAt: round.proposalsOpenAt })).toBe(
      'reviewStartsAt must come strictly after proposalsOpenAt.',
    );
    expect(problem({ votingStartsAt: justBefore(round.reviewStartsAt) })).toMatch(
      /votingStartsAt must come strictly after reviewStartsAt/,
    );
    expect(problem({ votingEndsAt: round.votingStartsAt })).toMatch(/votingEndsAt/);
    expect(problem({ closesAt: round.proposalsOpenAt })).toMatch(/closesAt/);
    expect(problem({ closesAt: new Date('not a date') })).toMatch(/closesAt/);
  });

  it('refuses an envelope that is not a positive whole number of cents', () => {
    expect(problem({ envelopeCents: 0 })).toMatch(/envelope must be a positive/);
    expect(problem({ envelopeCents: -100 })).toMatch(/envelope must be a positive/);
    expect(problem({ envelopeCents: 10.5 })).toMatch(/envelope must be a positive/);
  });

  it('refuses an approval vote with fewer than one choice', () => {
    expect(problem({ method: { type: 'approval', maxChoices: 0 } })).toMatch(/at least one/);
  });

  it('refuses a round without communes', () => {
    expect(problem({ communes: [] })).toMatch(/at least one commune/);
  });

  it('refuses envelopes per commune for an outside commune, negative, or not summing up', () => {
    expect(
      problem({ envelopesByCommune: { 'la-chapelle-en-vercors': 500_000, autrans: 500_000 } }),
    ).toMatch(/autrans is for a commune outside the round/);
    expect(
      problem({
        envelopesByCommune: { 'la-chapelle-en-vercors': -1, 'vassieux-en-vercors': 1_000_001 },
      }),
    ).toMatch(/la-chapelle-en-vercors must be a whole, non-negative/);
    expect(
      problem({
        envelopesByCommune: { 'la-chapelle-en-vercors': 400_000, 'vassieux-en-vercors': 500_000 },
      }),
    ).toBe("The communes' envelopes add up to €9,000.00, not the round's €10,000.00.");
  });
});
