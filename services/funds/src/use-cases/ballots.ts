import * as rules from '../domain/ballot.js';
import type { Ballot } from '../domain/ballot.js';
import type { Round } from '../domain/round.js';
import { findRecord, insertOnce, updateRecord, type Stored } from '../store/records.store.js';
import type { Actor, FundsDeps } from './deps.js';
import { proposalsOf } from './proposals.js';

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
  rules.assertMayVote(round, actor, deps.now());
  const proposals = await proposalsOf(deps, round.id);
  const { ballot, events } = rules.castBallot(round, actor, proposals, choices, deps.now());
  await deps.outbox.save(deps.models.ballots, ballot.id, events, async () => {
    if (await insertOnce(deps.models.ballots, { ...ballot }, events)) return;
    const { id: _id, ...fields } = ballot;
    await updateRecord(deps.models.ballots, ballot.id, fields, events);
  });
  return ballot;
}

/** The voter's own ballot: nobody else's is ever returned by any route. */
export async function myBallot(
  deps: FundsDeps,
  actor: Actor,
  round: Round,
): Promise<Ballot | undefined> {
  return findRecord<Ballot>(deps.models.ballots, rules.ballotIdOf(round.id, actor.accountId));
}

export async function ballotsOf(deps: FundsDeps, roundId: string): Promise<Ballot[]> {
  const docs = await deps.models.ballots.find({ roundId }, { outbox: 0 }).lean<Stored<Ballot>[]>();
  return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id }));
}
