import type { Round } from '../domain/round.js';
import { advancePhase, assertMayAdvance } from '../domain/round-phases.js';
import type { Actor, FundsDeps } from './deps.js';
import { proposalsOf } from './proposals.js';
import { roundOrFail, savePhaseChange } from './rounds.js';

/**
 * A coordinator ends the proposals (the review starts) or, once every proposal is reviewed,
 * the review (the vote opens) before the planned date (domain/round-phases.ts, advancePhase).
 * Once per round and phase.
 */
export async function advanceRound(
  deps: FundsDeps,
  actor: Actor,
  id: string,
  to: 'review' | 'voting',
): Promise<Round> {
  const round = await roundOrFail(deps, id);
  assertMayAdvance(round, to, deps.now());
  const proposals = to === 'voting' ? await proposalsOf(deps, round.id) : [];
  await savePhaseChange(deps, advancePhase(round, to, proposals, actor.accountId, deps.now()));
  return roundOrFail(deps, id);
}
