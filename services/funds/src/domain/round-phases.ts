import { countOf, localized, roundPhaseChangedV1, type Envelope } from '@fabrique/contracts';
import { fundErrors } from './errors.js';
import { SOURCE } from './fund.js';
import type { Proposal } from './proposal.js';
import { phaseAt, type Phase, type PhaseAdvance, type Round } from './round.js';

/** That a round entered a phase (id `<roundId>:<phase>`): its event goes out once. */
export interface PhaseMark {
  id: string;
  roundId: string;
  phase: Phase;
  /** Set when a coordinator started the phase before its date. */
  advancedAt?: Date;
  advancedBy?: string;
}

export const advancesOf = (marks: Pick<PhaseMark, 'phase' | 'advancedAt'>[]): PhaseAdvance[] =>
  marks.flatMap((m) => (m.advancedAt ? [{ phase: m.phase, at: m.advancedAt }] : []));

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

export interface PhaseChange {
  mark: PhaseMark;
  events: Envelope[];
}

function entering(round: Round, phase: Phase, now: Date, advancedBy?: string): PhaseChange {
  const event = roundPhaseChangedV1.create(
    { subject: round.id, source: SOURCE },
    {
      roundId: round.id,
      fundId: round.fundId,
      title: round.title,
      phase,
      communes: round.communes,
      at: now.toISOString(),
    },
    now,
  );
  const advanced = advancedBy === undefined ? {} : { advancedAt: now, advancedBy };
  return {
    mark: { id: `${round.id}:${phase}`, roundId: round.id, phase, ...advanced },
    events: [event],
  };
}

/** The round entering the phase the clock has reached; nothing before its first phase. */
export function changePhase(round: Round, now: Date): PhaseChange | null {
  const phase = phaseAt(round, now);
  return phase === 'upcoming' ? null : entering(round, phase, now);
}

/** The phase before each one a coordinator may start early. */
const STARTS_AFTER = { review: 'proposals', voting: 'review' } as const;

const PROPOSALS = { fr: ['projet', 'projets'], en: ['proposal', 'proposals'] } as const;

/**
 * A coordinator ends the proposals (the review starts) or, once every proposal is reviewed,
 * the review (the vote opens) before the planned date: a round need not wait for a date, and
 * a vote never opens on proposals nobody reviewed this way.
 */
/** Whether the round may move to `to` now: checked before its proposals are read. */
export function assertMayAdvance(round: Round, to: 'review' | 'voting', now: Date): void {
  assertPhase(round, now, STARTS_AFTER[to]);
}

export function advancePhase(
  round: Round,
  to: 'review' | 'voting',
  proposals: Pick<Proposal, 'review'>[],
  by: string,
  now: Date,
): PhaseChange {
  assertMayAdvance(round, to, now);
  const unreviewed = proposals.filter((p) => !p.review).length;
  if (to === 'voting' && unreviewed > 0)
    throw fundErrors.NOT_ALL_REVIEWED(
      localized((l) => {
        const count = countOf(unreviewed, PROPOSALS, l);
        return l === 'fr' ? `${count} encore à examiner.` : `${count} still to review.`;
      }),
    );
  return entering(round, to, now, by);
}
