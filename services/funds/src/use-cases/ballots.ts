import { ballotCastV1 } from '@fabrique/contracts';
import { validateBallot } from '../domain/ballot.js';
import type { Round } from '../domain/round.js';
import { SOURCE } from '../events/converters.js';
import { findRecord, insertOnce } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';
import { proposalsOf } from './proposals.js';
import { assertEligible, assertPhase } from './rounds.js';

export interface Ballot {
  id: string;
  roundId: string;
  voterId: string;
  voterCommune: string;
  choices: string[];
  castAt: Date;
}

const ballotId = (roundId: string, voterId: string) => `${roundId}:${voterId}`;

/**
 * One ballot per voter and round: its id is `<roundId>:<voterId>`, so however many times and
 * however concurrently a voter casts, there is one document to count — the last one written.
 * Replacing sets the choices in one document write. The event says someone voted, never what.
 */
export async function castBallot(
  deps: FundsDeps,
  actor: Actor,
  round: Round,
  choices: string[],
): Promise<Ballot> {
  assertPhase(round, deps.now(), 'voting');
  assertEligible(round, actor);
  validateBallot(round, await proposalsOf(deps, round.id), choices);
  const ballot: Ballot = {
    id: ballotId(round.id, actor.accountId),
    roundId: round.id,
    voterId: actor.accountId,
    voterCommune: actor.commune,
    choices,
    castAt: deps.now(),
  };
  const event = ballotCastV1.create(
    { subject: round.id, source: SOURCE },
    { roundId: round.id, voterCommune: actor.commune, castAt: ballot.castAt.toISOString() },
    deps.now(),
  );
  await deps.outbox.save(deps.models.ballots, ballot.id, [event], async () => {
    if (await insertOnce(deps.models.ballots, { ...ballot }, [event])) return;
    const { id: _id, ...fields } = ballot;
    await deps.models.ballots.updateOne(
      { _id: ballot.id },
      { $set: fields, $push: { outbox: event } },
    );
  });
  return ballot;
}

/** The voter's own ballot: nobody else's is ever returned by any route. */
export async function myBallot(
  deps: FundsDeps,
  actor: Actor,
  round: Round,
): Promise<Ballot | undefined> {
  return findRecord<Ballot>(deps.models.ballots, ballotId(round.id, actor.accountId));
}

export async function ballotsOf(deps: FundsDeps, roundId: string): Promise<Ballot[]> {
  const docs = await deps.models.ballots
    .find({ roundId }, { outbox: 0 })
    .lean<(Omit<Ballot, 'id'> & { _id: string })[]>();
  return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
}
