import { newId } from '@fabrique/contracts';
import { fundErrors } from '../domain/errors.js';
import { openRound, withAdvances, type Round, type RoundInput } from '../domain/round.js';
import {
  advancesOf,
  changePhase,
  type PhaseChange,
  type PhaseMark,
} from '../domain/round-phases.js';
import { allRecords, findRecord, insertOnce, type Stored } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';
import { openFundOrFail } from './funds.js';

export type RoundRequest = Omit<RoundInput, 'id'>;

/** A coordinator sets up a round of the fund; its voters live in the fund's member communes by default. */
export async function createRound(
  deps: FundsDeps,
  actor: Actor,
  request: RoundRequest,
): Promise<Round> {
  const fund = openFundOrFail(deps, request.fundId);
  const input = { ...request, id: newId() };
  const { round, events } = openRound(fund, input, actor.accountId, deps.now());
  await deps.outbox.save(deps.models.rounds, round.id, events, () =>
    insertOnce(deps.models.rounds, { ...round }, events),
  );
  return round;
}

/** The round as it runs: its dates, with the phases a coordinator started early. */
export async function roundOrFail(deps: FundsDeps, id: string): Promise<Round> {
  const round = await findRecord<Round>(deps.models.rounds, id);
  if (!round) throw fundErrors.ROUND_NOT_FOUND();
  const marks = await deps.models.phaseMarks.find({ roundId: id }).lean<Stored<PhaseMark>[]>();
  return withAdvances(round, advancesOf(marks));
}

export async function listRounds(deps: FundsDeps): Promise<Round[]> {
  const rounds = await allRecords<Round>(deps.models.rounds);
  const marks = await allRecords<PhaseMark>(deps.models.phaseMarks);
  return rounds
    .map((r) => withAdvances(r, advancesOf(marks.filter((m) => m.roundId === r.id))))
    .sort((a, b) => b.proposalsOpenAt.getTime() - a.proposalsOpenAt.getTime());
}

/** Writes a phase change once: its mark's id is the round's and the phase's. */
export function savePhaseChange(deps: FundsDeps, { mark, events }: PhaseChange): Promise<boolean> {
  return deps.outbox.save(deps.models.phaseMarks, mark.id, events, () =>
    insertOnce(deps.models.phaseMarks, { ...mark }, events),
  );
}

/** Once per round and phase: the phase-changed event, when the clock has moved the round on. */
export async function markPhase(deps: FundsDeps, round: Round): Promise<boolean> {
  const change = changePhase(round, deps.now());
  return change ? savePhaseChange(deps, change) : false;
}
