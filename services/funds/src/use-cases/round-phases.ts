import { countOf, localized } from '@fabrique/contracts';
import { fundErrors } from '../domain/errors.js';
import type { Round } from '../domain/round.js';
import type { Actor, FundsDeps } from './deps.js';
import { proposalsOf } from './proposals.js';
import { assertPhase, markPhase, roundOrFail } from './rounds.js';

/** The phase before each one a coordinator may start early. */
const STARTS_AFTER = { review: 'proposals', voting: 'review' } as const;

const PROPOSALS = { fr: ['projet', 'projets'], en: ['proposal', 'proposals'] } as const;

/**
 * A coordinator ends the proposals (the review starts) or, once every proposal is reviewed,
 * the review (the vote opens) before the planned date: a round need not wait for a date, and
 * a vote never opens on proposals nobody reviewed this way. Once per round and phase.
 */
export async function advanceRound(
  deps: FundsDeps,
  actor: Actor,
  id: string,
  to: 'review' | 'voting',
): Promise<Round> {
  const round = await roundOrFail(deps, id);
  assertPhase(round, deps.now(), STARTS_AFTER[to]);
  if (to === 'voting') {
    const unreviewed = (await proposalsOf(deps, round.id)).filter((p) => !p.review);
    if (unreviewed.length > 0)
      throw fundErrors.NOT_ALL_REVIEWED(
        localized((l) => {
          const count = countOf(unreviewed.length, PROPOSALS, l);
          return l === 'fr' ? `${count} encore à examiner.` : `${count} still to review.`;
        }),
      );
  }
  await markPhase(deps, round, { accountId: actor.accountId, phase: to });
  return roundOrFail(deps, id);
}
