import { newId, roundOpenedV1, roundPhaseChangedV1 } from '@fabrique/contracts';
import { fundErrors } from '../domain/errors.js';
import {
  assertValidRound,
  phaseAt,
  withAdvances,
  type Phase,
  type PhaseAdvance,
  type Round,
} from '../domain/round.js';
import { SOURCE } from '../events/converters.js';
import { allRecords, findRecord, insertOnce } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';
import { openFundOrFail } from './funds.js';

export type RoundRequest = Omit<Round, 'id' | 'createdBy' | 'createdAt' | 'communes'> & {
  communes?: string[] | undefined;
};

/** A coordinator sets up a round of the fund; its voters live in the fund's member communes by default. */
export async function createRound(
  deps: FundsDeps,
  actor: Actor,
  request: RoundRequest,
): Promise<Round> {
  const fund = openFundOrFail(deps, request.fundId);
  const round: Round = {
    ...request,
    id: newId(),
    communes: [...new Set(request.communes ?? fund.memberCommunes)].sort(),
    createdBy: actor.accountId,
    createdAt: deps.now(),
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
    deps.now(),
  );
  await deps.outbox.save(deps.models.rounds, round.id, [event], () =>
    insertOnce(deps.models.rounds, { ...round }, [event]),
  );
  return round;
}

interface PhaseMark {
  id: string;
  roundId: string;
  phase: Phase;
  /** Set when a coordinator started the phase before its date. */
  advancedAt?: Date;
}

const advancesOf = (marks: PhaseMark[]): PhaseAdvance[] =>
  marks.flatMap((m) => (m.advancedAt ? [{ phase: m.phase, at: m.advancedAt }] : []));

/** The round as it runs: its dates, with the phases a coordinator started early. */
export async function roundOrFail(deps: FundsDeps, id: string): Promise<Round> {
  const round = await findRecord<Round>(deps.models.rounds, id);
  if (!round) throw fundErrors.ROUND_NOT_FOUND();
  const marks = await deps.models.phaseMarks.find({ roundId: id }).lean<PhaseMark[]>();
  return withAdvances(round, advancesOf(marks));
}

export async function listRounds(deps: FundsDeps): Promise<Round[]> {
  const rounds = await allRecords<Round>(deps.models.rounds);
  const marks = await allRecords<PhaseMark>(deps.models.phaseMarks);
  return rounds
    .map((r) => withAdvances(r, advancesOf(marks.filter((m) => m.roundId === r.id))))
    .sort((a, b) => b.proposalsOpenAt.getTime() - a.proposalsOpenAt.getTime());
}

/** The phases as a French detail names them (an English one says the API's own names). */
const PHASES_IN_FRENCH: Record<Phase, string> = {
  upcoming: 'à venir',
  proposals: 'propositions',
  review: 'examen des projets',
  voting: 'vote',
  results: 'résultats',
  closed: 'clôture',
};

export function assertPhase(round: Round, now: Date, ...allowed: Phase[]): void {
  const phase = phaseAt(round, now);
  if (!allowed.includes(phase)) {
    const needed = allowed.map((p) => `« ${PHASES_IN_FRENCH[p]} »`).join(' ou ');
    throw fundErrors.WRONG_PHASE({
      fr: `Le tour de vote est à l’étape « ${PHASES_IN_FRENCH[phase]} » ; il faut l’étape ${needed}.`,
      en: `The round is in its ${phase} phase; this needs ${allowed.join(' or ')}.`,
    });
  }
}

/** Residents of the round's communes take part (their commune is in their access token). */
export function assertEligible(round: Round, actor: Actor): void {
  if (!round.communes.includes(actor.commune))
    throw fundErrors.NOT_ELIGIBLE({
      fr: `Les votants habitent l’une de ces communes : ${round.communes.join(', ')}.`,
      en: `Voters live in: ${round.communes.join(', ')}.`,
    });
  if (round.verifiedOnly && !actor.emailVerified) throw fundErrors.EMAIL_NOT_VERIFIED();
}

/**
 * Once per round and phase: the phase-changed event, when the clock has moved the round on,
 * or when a coordinator started the phase early (`advancedBy`).
 */
export async function markPhase(
  deps: FundsDeps,
  round: Round,
  advancedBy?: { accountId: string; phase: Phase },
): Promise<boolean> {
  const phase = advancedBy?.phase ?? phaseAt(round, deps.now());
  if (phase === 'upcoming') return false;
  const id = `${round.id}:${phase}`;
  const advanced = advancedBy && { advancedAt: deps.now(), advancedBy: advancedBy.accountId };
  const event = roundPhaseChangedV1.create(
    { subject: round.id, source: SOURCE },
    {
      roundId: round.id,
      fundId: round.fundId,
      title: round.title,
      phase,
      communes: round.communes,
      at: deps.now().toISOString(),
    },
    deps.now(),
  );
  const mark = { id, roundId: round.id, phase, ...advanced };
  return deps.outbox.save(deps.models.phaseMarks, id, [event], () =>
    insertOnce(deps.models.phaseMarks, mark, [event]),
  );
}
