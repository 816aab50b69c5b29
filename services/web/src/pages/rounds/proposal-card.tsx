import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { hasRole, useSession } from '../../api/session.js';
import { communeName, formatEuros } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { fetchKinds, type Phase, type Proposal, type RoundDetail } from './api.js';
import { EditProposal } from './edit-proposal.js';
import { KINDS_KEY } from './proposal-fields.js';
import { ReviewForm } from './review-form.js';

type Status = 'pending' | 'unreviewed' | 'feasible' | 'notFeasible';

function statusOf(p: Proposal, phase: Phase): Status {
  if (p.review) return p.review.feasible ? 'feasible' : 'notFeasible';
  return phase === 'upcoming' || phase === 'proposals' || phase === 'review'
    ? 'pending'
    : 'unreviewed';
}

/** What anyone may read of a proposal: cost, commune, kind, description, the review's words. */
export function ProposalInfo({ proposal, phase }: { proposal: Proposal; phase: Phase }) {
  const { locale, m } = useLocale();
  const t = m.rounds;
  const kinds = useQuery({ queryKey: KINDS_KEY, queryFn: fetchKinds, staleTime: 600_000 });
  const kind = kinds.data?.find((k) => k.id === proposal.kind)?.label ?? proposal.kind;
  const euros = (cents: number) => formatEuros(cents, locale);
  const adjusted = proposal.costCents !== proposal.estimatedCostCents;
  return (
    <>
      <div class="proposal-head">
        <h3>{proposal.title}</h3>
        <span class="pill">{t.status[statusOf(proposal, phase)]}</span>
        {proposal.mine && <span class="pill">{t.proposal.mine}</span>}
      </div>
      <p>
        {t.facts([
          adjusted
            ? t.costAdjusted(euros(proposal.costCents), euros(proposal.estimatedCostCents))
            : t.cost(euros(proposal.costCents)),
          communeName(proposal.commune),
          kind,
        ])}
      </p>
      <p class="proposal-description">{proposal.description}</p>
      {proposal.review && <p>{t.reviewReason(proposal.review.reason)}</p>}
      {proposal.review?.costNote && <p>{t.costNote(proposal.review.costNote)}</p>}
    </>
  );
}

function ReviewPanel({ round, proposal }: { round: RoundDetail; proposal: Proposal }) {
  const t = useLocale().m.rounds.review;
  const [open, setOpen] = useState(proposal.review === null);
  const [saved, setSaved] = useState('');
  return (
    <>
      <p class="success" role="status">
        {saved}
      </p>
      {open ? (
        <ReviewForm
          roundId={round.id}
          proposal={proposal}
          onDone={(feasible) => {
            setSaved(t.saved(feasible ? t.feasible : t.notFeasible));
            setOpen(false);
          }}
        />
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setOpen(true)}>
          {t.change}
        </button>
      )}
    </>
  );
}

/** One proposal; its author edits it until the review, coordinators review it then. */
export function ProposalCard({ round, proposal }: { round: RoundDetail; proposal: Proposal }) {
  const session = useSession();
  return (
    <article class="card">
      <ProposalInfo proposal={proposal} phase={round.phase} />
      {proposal.mine && round.phase === 'proposals' && (
        <EditProposal round={round} proposal={proposal} />
      )}
      {round.phase === 'review' && hasRole(session, 'coordinator') && (
        <ReviewPanel round={round} proposal={proposal} />
      )}
    </article>
  );
}
