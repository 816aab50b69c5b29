import {
  formatEuros,
  localized,
  roundOpenedV1,
  type Envelope,
  type Localized,
} from '@fabrique/contracts';
import type { Actor } from './actor.js';
import { fundErrors } from './errors.js';
import { SOURCE, type Fund } from './fund.js';

/**
 * How residents vote: approval (tick up to `maxChoices` proposals, whatever they cost) or
 * knapsack (pick any proposals whose costs together fit in the envelope, so each voter
 * weighs costs as the fund will have to).
 */
export type RoundMethod = { type: 'approval'; maxChoices: number } | { type: 'knapsack' };

/** In the order a round goes through them. */
export const PHASES = ['upcoming', 'proposals', 'review', 'voting', 'results', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

/** One participatory-budget round of a fund: residents propose, coordinators review, all vote. */
export interface Round {
  id: string;
  fundId: string;
  title: string;
  /** The whole envelope. */
  envelopeCents: number;
  /**
   * Optional split, one envelope per commune (their sum is then the whole envelope), so that
   * a large commune's votes cannot take the money of the small ones.
   */
  envelopesByCommune: Record<string, number> | null;
  /** Eligible voters live in these communes (sorted). */
  communes: string[];
  /** …and, when set, proved their email address (a village that wants one vote per person). */
  verifiedOnly?: boolean;
  method: RoundMethod;
  proposalsOpenAt: Date;
  reviewStartsAt: Date;
  votingStartsAt: Date;
  votingEndsAt: Date;
  closesAt: Date;
  createdBy: string;
  createdAt: Date;
}

type Schedule = Pick<
  Round,
  'proposalsOpenAt' | 'reviewStartsAt' | 'votingStartsAt' | 'votingEndsAt' | 'closesAt'
>;

/** The dates that start each phase after `upcoming`, in order. */
const STARTS: { field: keyof Schedule; phase: Phase }[] = [
  { field: 'proposalsOpenAt', phase: 'proposals' },
  { field: 'reviewStartsAt', phase: 'review' },
  { field: 'votingStartsAt', phase: 'voting' },
  { field: 'votingEndsAt', phase: 'results' },
  { field: 'closesAt', phase: 'closed' },
];

/**
 * The phase at `now`. Each phase is half-open, [start, next start): a boundary instant
 * belongs to the phase it starts, so voting ending at 20:00 refuses a ballot at 20:00:00.000.
 */
export function phaseAt(round: Schedule, now: Date): Phase {
  let phase: Phase = 'upcoming';
  for (const { field, phase: next } of STARTS) {
    if (now.getTime() >= round[field].getTime()) phase = next;
  }
  return phase;
}

function scheduleProblem(round: Schedule): Localized | null {
  let before: keyof Schedule | null = null;
  for (const { field } of STARTS) {
    // Written as "not before" so that an invalid date (NaN) is refused too.
    if (before !== null && !(round[before].getTime() < round[field].getTime()))
      return {
        fr: `${field} doit venir strictement après ${before}.`,
        en: `${field} must come strictly after ${before}.`,
      };
    before = field;
  }
  return null;
}

function envelopesProblem(round: Round): Localized | null {
  const split = round.envelopesByCommune;
  if (split === null) return null;
  const entries = Object.entries(split);
  const stranger = entries.find(([commune]) => !round.communes.includes(commune));
  if (stranger)
    return {
      fr: `L’enveloppe de ${stranger[0]} est pour une commune qui ne participe pas au tour de vote.`,
      en: `The envelope of ${stranger[0]} is for a commune outside the round.`,
    };
  const bad = entries.find(([, cents]) => !Number.isInteger(cents) || cents < 0);
  if (bad)
    return {
      fr: `L’enveloppe de ${bad[0]} doit être un nombre entier et positif (ou nul) de centimes.`,
      en: `The envelope of ${bad[0]} must be a whole, non-negative number of cents.`,
    };
  const sum = entries.reduce((a, [, cents]) => a + cents, 0);
  if (sum !== round.envelopeCents)
    return localized((l) =>
      l === 'fr'
        ? `Les enveloppes des communes font ${formatEuros(sum, l)} au total, et non les ${formatEuros(round.envelopeCents, l)} du tour de vote.`
        : `The communes' envelopes add up to ${formatEuros(sum, l)}, not the round's ${formatEuros(round.envelopeCents, l)}.`,
    );
  return null;
}

function roundProblem(round: Round): Localized | null {
  if (round.communes.length === 0)
    return {
      fr: 'Un tour de vote a besoin d’au moins une commune.',
      en: 'A round needs at least one commune.',
    };
  if (!Number.isInteger(round.envelopeCents) || round.envelopeCents <= 0)
    return {
      fr: 'L’enveloppe doit être un nombre entier et positif de centimes.',
      en: 'The envelope must be a positive, whole number of cents.',
    };
  if (
    round.method.type === 'approval' &&
    !(Number.isInteger(round.method.maxChoices) && round.method.maxChoices >= 1)
  )
    return {
      fr: 'Un vote par choix doit permettre à chacun de choisir au moins un projet.',
      en: 'An approval vote must let each voter choose at least one proposal.',
    };
  return scheduleProblem(round) ?? envelopesProblem(round);
}

/** Throws INVALID_ROUND naming the first problem found, if the round cannot be run. */
export function assertValidRound(round: Round): void {
  const problem = roundProblem(round);
  if (problem !== null) throw fundErrors.INVALID_ROUND(problem);
}

/** A phase a coordinator started before its date (review, or voting once all is reviewed). */
export interface PhaseAdvance {
  phase: Phase;
  at: Date;
}

/**
 * The round with each advanced phase starting when it was advanced: a coordinator may end
 * the proposals, or the review, earlier than planned, never move a phase later.
 */
export function withAdvances(round: Round, advances: PhaseAdvance[]): Round {
  const effective = { ...round };
  for (const { phase, at } of advances) {
    if (phase === 'review' && at < effective.reviewStartsAt) effective.reviewStartsAt = at;
    if (phase === 'voting' && at < effective.votingStartsAt) effective.votingStartsAt = at;
  }
  return effective;
}

/**
 * A project the round could never fund is refused when proposed: it costs at most the whole
 * envelope and, when the round splits it, its commune's envelope.
 */
export function assertWithinEnvelope(round: Round, commune: string, costCents: number): void {
  if (costCents > round.envelopeCents)
    throw fundErrors.ABOVE_ENVELOPE(
      localized((l) =>
        l === 'fr'
          ? `Ce projet coûte ${formatEuros(costCents, l)} ; l’enveloppe entière est de ${formatEuros(round.envelopeCents, l)}.`
          : `It costs ${formatEuros(costCents, l)}; the whole envelope is ${formatEuros(round.envelopeCents, l)}.`,
      ),
    );
  const split = round.envelopesByCommune;
  const envelope = split?.[commune] ?? 0;
  if (split !== null && costCents > envelope)
    throw fundErrors.ABOVE_ENVELOPE(
      localized((l) =>
        l === 'fr'
          ? `Ce projet coûte ${formatEuros(costCents, l)} ; l’enveloppe de ${commune} est de ${formatEuros(envelope, l)}.`
          : `It costs ${formatEuros(costCents, l)}; the envelope of ${commune} is ${formatEuros(envelope, l)}.`,
      ),
    );
}

/** Residents of the round's communes take part (their commune is in their access token). */
export function assertEligible(
  round: Round,
  actor: Pick<Actor, 'commune' | 'emailVerified'>,
): void {
  if (!round.communes.includes(actor.commune))
    throw fundErrors.NOT_ELIGIBLE({
      fr: `Les votants habitent l’une de ces communes : ${round.communes.join(', ')}.`,
      en: `Voters live in: ${round.communes.join(', ')}.`,
    });
  if (round.verifiedOnly && !actor.emailVerified) throw fundErrors.EMAIL_NOT_VERIFIED();
}

/** What a coordinator asks for; the voters live in the fund's member communes by default. */
export type RoundInput = Omit<Round, 'createdBy' | 'createdAt' | 'communes'> & {
  communes?: string[] | undefined;
};

export function openRound(
  fund: Fund,
  input: RoundInput,
  by: string,
  now: Date,
): { round: Round; events: Envelope[] } {
  const round: Round = {
    ...input,
    communes: [...new Set(input.communes ?? fund.memberCommunes)].sort(),
    createdBy: by,
    createdAt: now,
  };
  assertValidRound(round);
  const event = roundOpenedV1.create(
    { subject: round.id, source: SOURCE },
    {
      roundId: round.id,
      fundId: round.fundId,
      title: round.title,
      envelopeCents: round.envelopeCents,
      communes: round.communes,
      verifiedOnly: round.verifiedOnly ?? false,
      method: round.method.type,
      proposalsOpenAt: round.proposalsOpenAt.toISOString(),
      reviewStartsAt: round.reviewStartsAt.toISOString(),
      votingStartsAt: round.votingStartsAt.toISOString(),
      votingEndsAt: round.votingEndsAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
    },
    now,
  );
  return { round, events: [event] };
}
