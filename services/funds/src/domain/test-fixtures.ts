import { AppError } from '@fabrique/contracts';
import type { Actor } from './actor.js';
import type { Fund } from './fund.js';
import type { Proposal } from './proposal.js';
import type { Round } from './round.js';

// Shared by the domain's unit tests: a fund, a round of it in its phases, people acting.

/** When a test's action happens, and a week later (a decision on it, say). */
export const now = new Date('2027-03-02T10:00:00Z');
export const later = new Date('2027-03-09T10:00:00Z');

export const CHAPELLE = 'la-chapelle-en-vercors';
export const VASSIEUX = 'vassieux-en-vercors';

export const fund: Fund = {
  id: 'f2027',
  name: 'Fonds commun 2027',
  periodStart: new Date('2027-01-01T00:00:00Z'),
  periodEnd: new Date('2028-01-01T00:00:00Z'),
  targetCents: 9_000_000,
  shares: { municipalities: 1, businesses: 1, residents: 1 },
  memberCommunes: [CHAPELLE, VASSIEUX],
  lineItems: [{ id: 'materials', label: 'Matériel', budgetCents: 500_000 }],
  behindMarginBps: 1_000,
  createdBy: 'coordinator',
  createdAt: new Date('2026-12-01T00:00:00Z'),
};

export function actor(roles: string[], overrides: Partial<Actor> = {}): Actor {
  return {
    accountId: `${roles[0] ?? 'resident'}-1`,
    roles,
    commune: CHAPELLE,
    emailVerified: true,
    ...overrides,
  };
}

export const coordinator = actor(['coordinator']);
export const host = actor(['host']);
export const resident = actor(['resident']);

export const round: Round = {
  id: 'r2027',
  fundId: fund.id,
  title: 'Budget participatif 2027',
  envelopeCents: 1_000_000,
  envelopesByCommune: null,
  communes: [CHAPELLE, VASSIEUX],
  method: { type: 'approval', maxChoices: 2 },
  proposalsOpenAt: new Date('2027-03-01T00:00:00Z'),
  reviewStartsAt: new Date('2027-04-01T00:00:00Z'),
  votingStartsAt: new Date('2027-05-01T00:00:00Z'),
  votingEndsAt: new Date('2027-05-15T18:00:00Z'),
  closesAt: new Date('2027-06-01T00:00:00Z'),
  createdBy: 'coordinator',
  createdAt: new Date('2027-02-01T00:00:00Z'),
};

/** An instant inside each phase of `round`. */
export const during = {
  upcoming: new Date('2027-02-15T00:00:00Z'),
  proposals: new Date('2027-03-15T00:00:00Z'),
  review: new Date('2027-04-15T00:00:00Z'),
  voting: new Date('2027-05-05T00:00:00Z'),
  results: new Date('2027-05-20T00:00:00Z'),
};

export function aProposal(id: string, overrides: Partial<Proposal> = {}): Proposal {
  return {
    id,
    roundId: round.id,
    title: `Projet ${id}`,
    description: 'Un atelier de plus',
    commune: CHAPELLE,
    costCents: 200_000,
    adjustedCostCents: null,
    kind: 'repair',
    submittedBy: 'resident-1',
    submittedAt: new Date('2027-03-10T00:00:00Z'),
    review: { feasible: true, reason: 'OK', by: 'coordinator', at: during.review, costNote: null },
    version: 2,
    ...overrides,
  };
}

/** The AppError `run` throws (the test fails if it throws none). */
export function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

export const codeOf = (run: () => unknown): string => errorOf(run).code;
