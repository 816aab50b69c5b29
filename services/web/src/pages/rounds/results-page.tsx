import { Link } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { ResultsView } from './results-view.js';
import { PhaseNow } from './round-summary.js';
import { useRound } from './use-round.js';
import './rounds.css';

/** A round's results on their own page, linked from the list of rounds. */
export default function ResultsPage({ params }: { params: Record<string, string | undefined> }) {
  const t = useMessages().rounds;
  const id = params.id ?? '';
  const round = useRound(id);
  const title = round.data ? t.results.pageTitle(round.data.title) : t.results.title;
  return (
    <Page title={title}>
      <p>
        <Link href={`/rounds/${id}`}>{t.results.backToRound}</Link>
      </p>
      <QueryState query={round}>
        {(data) =>
          data.phase === 'results' || data.phase === 'closed' ? (
            <ResultsView roundId={id} />
          ) : (
            // Not counted yet: say where the round stands and when the results come.
            <PhaseNow round={data} />
          )
        }
      </QueryState>
    </Page>
  );
}
