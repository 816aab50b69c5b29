import { Link } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { VerifyEmailBanner } from '../../ui/verify-email-banner.js';
import type { RoundDetail } from './api.js';
import { BallotSection } from './ballot-section.js';
import { ProposalsSection } from './proposals-section.js';
import { ProposeSection } from './propose-section.js';
import { ResultsView } from './results-view.js';
import { PhaseNow, RoundFacts } from './round-summary.js';
import { Timeline } from './timeline.js';
import { useRound } from './use-round.js';
import './rounds.css';

function RoundView({ round }: { round: RoundDetail }) {
  const m = useMessages();
  const t = m.rounds;
  const over = round.phase === 'results' || round.phase === 'closed';
  const open = round.phase === 'voting' || round.phase === 'proposals';
  return (
    <>
      <PhaseNow round={round} />
      <RoundFacts round={round} />
      {round.verifiedOnly && <p class="hint">{m.verification.roundOnly}</p>}
      {round.verifiedOnly && open && <VerifyEmailBanner reason={m.verification.roundOnly} />}
      <details class="round-calendar">
        <summary>{t.timeline.title}</summary>
        <Timeline schedule={round} current={round.phase} />
      </details>
      {over && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t.results.title}</h2>
          <ResultsView roundId={round.id} />
        </section>
      )}
      {round.phase === 'voting' && <BallotSection round={round} />}
      {round.phase === 'proposals' && <ProposeSection round={round} />}
      <ProposalsSection round={round} />
    </>
  );
}

/** One round: its phase and calendar, and what can be done in it now. */
export default function RoundPage({ params }: { params: Record<string, string | undefined> }) {
  const t = useMessages().rounds;
  const round = useRound(params.id ?? '');
  return (
    <Page title={round.data?.title ?? t.detail.fallbackTitle}>
      <p>
        <Link href="/rounds">{t.detail.back}</Link>
      </p>
      <QueryState query={round}>{(data) => <RoundView round={data} />}</QueryState>
    </Page>
  );
}
