import { useMessages } from '../../i18n/locale.js';
import type { RoundDetail } from './api.js';
import { onBallot } from './ballot-rules.js';
import { ProposalCard } from './proposal-card.js';
import { useParticipation } from './use-round.js';

/**
 * The proposals with their status and review. During the vote a voter has the feasible ones
 * on the ballot above, so only those set aside (with the reason why) are listed here.
 */
export function ProposalsSection({ round }: { round: RoundDetail }) {
  const t = useMessages().rounds.detail;
  const canVote = useParticipation(round.communes) === 'eligible';
  const voting = round.phase === 'voting' && canVote && onBallot(round.proposals).length > 0;
  const ballot = new Set(onBallot(round.proposals).map((p) => p.id));
  const shown = voting ? round.proposals.filter((p) => !ballot.has(p.id)) : round.proposals;
  if (voting && shown.length === 0) return null;
  const title = voting ? t.setAsideTitle : t.proposalsTitle;
  return (
    <section aria-labelledby="proposals-title">
      <h2 id="proposals-title">{title(shown.length)}</h2>
      {shown.length === 0 ? (
        <p class="muted">{round.phase === 'proposals' ? t.proposalsEmptyOpen : t.proposalsEmpty}</p>
      ) : (
        <ul class="proposal-list">
          {shown.map((p) => (
            <li key={p.id}>
              <ProposalCard round={round} proposal={p} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
