import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { communeName, formatDateTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import { fetchSessionsOf, KEYS, type Workshop } from './api.js';
import { useKindLabel } from './reference.js';
import { upcomingOf } from './session-lists.js';

const SHOWN = 3;

function NextSessions({ workshopId }: { workshopId: string }) {
  const { locale, m } = useLocale();
  const t = m.host.list;
  const query = useQuery({
    queryKey: KEYS.sessionsOf(workshopId),
    queryFn: () => fetchSessionsOf(workshopId),
  });
  const next = (all: Parameters<typeof upcomingOf>[0]) =>
    upcomingOf(all).filter((s) => s.status === 'scheduled');
  return (
    <QueryState query={query} isEmpty={(all) => next(all).length === 0} empty={t.noNextSession}>
      {(all) => (
        <>
          <ul class="host-plain-list">
            {next(all)
              .slice(0, SHOWN)
              .map((s) => (
                <li key={s.id}>
                  <Link href={`/host/sessions/${s.id}`}>{formatDateTime(s.startsAt, locale)}</Link>
                </li>
              ))}
          </ul>
          {next(all).length > SHOWN && <p class="muted">{t.more(next(all).length - SHOWN)}</p>}
        </>
      )}
    </QueryState>
  );
}

/** One workshop in the host's list: its state in words, and what comes next. */
export function WorkshopCard({ workshop }: { workshop: Workshop }) {
  const t = useLocale().m.host;
  const kindLabel = useKindLabel();
  return (
    <>
      <h2>
        <Link href={`/host/workshops/${workshop.id}`}>{workshop.title}</Link>
      </h2>
      <p class="host-meta">
        <span class="pill">
          {t.statusLabel} {t.status[workshop.status]}
        </span>{' '}
        {kindLabel(workshop.kind)}
        {workshop.commune && ` · ${communeName(workshop.commune)}`}
      </p>
      {workshop.status !== 'archived' && (
        <>
          <h3>{t.list.nextSessions}</h3>
          <NextSessions workshopId={workshop.id} />
        </>
      )}
    </>
  );
}
