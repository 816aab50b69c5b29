import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { hasRole, useSession } from '../../api/session.js';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { fetchRounds, keys, type Round } from './api.js';
import { currentFirst } from './phase.js';
import { PhaseNow, RoundFacts } from './round-summary.js';
import './rounds.css';

function RoundCard({ round }: { round: Round }) {
  const t = useMessages().rounds;
  const over = round.phase === 'results' || round.phase === 'closed';
  return (
    <article class="card">
      <h2>
        <Link href={`/rounds/${round.id}`}>{round.title}</Link>
      </h2>
      <PhaseNow round={round} />
      <RoundFacts round={round} />
      {over && (
        <p>
          <Link href={`/rounds/${round.id}/results`}>{t.list.results}</Link>
        </p>
      )}
    </article>
  );
}

/** Every round, the ones people can act in first. */
export default function RoundsPage() {
  const t = useMessages().rounds;
  const session = useSession();
  const rounds = useQuery({ queryKey: keys.rounds, queryFn: fetchRounds });
  return (
    <Page title={t.list.title}>
      <p>{t.list.intro}</p>
      {hasRole(session, 'coordinator') && (
        <p class="actions">
          <Link href="/rounds/new" class="button button--primary">
            {t.list.newRound}
          </Link>
        </p>
      )}
      <QueryState query={rounds} isEmpty={(items) => items.length === 0} empty={t.list.empty}>
        {(items) => (
          <ul class="round-list">
            {currentFirst(items).map((round) => (
              <li key={round.id}>
                <RoundCard round={round} />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}
