import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDateTime, formatDuration } from '../../format/index.js';
import { useLocale, useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { QueryState } from '../../ui/query-state.js';
import { fetchSessionsOf, KEYS, type Session, type Workshop } from './api.js';
import { useVenueName } from './reference.js';
import { pastOf, upcomingOf } from './session-lists.js';

const FIRST_SHOWN = 10;

function SessionLine({ session }: { session: Session }) {
  const { locale, m } = useLocale();
  const t = m.host;
  const venueName = useVenueName();
  const details = [
    formatDuration(session.durationMinutes),
    t.places(session.capacity),
    venueName(session.venueId),
  ].filter(Boolean);
  return (
    <li>
      <Link href={`/host/sessions/${session.id}`}>{formatDateTime(session.startsAt, locale)}</Link>
      {session.status !== 'scheduled' && (
        <>
          {' '}
          <span class="pill">{t.sessionStatus[session.status]}</span>
        </>
      )}
      <span class="muted"> · {details.join(' · ')}</span>
    </li>
  );
}

function SessionList({ sessions }: { sessions: Session[] }) {
  const t = useMessages().host.sessions;
  const [all, setAll] = useState(false);
  const shown = all ? sessions : sessions.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul class="host-session-list">
        {shown.map((session) => (
          <SessionLine key={session.id} session={session} />
        ))}
      </ul>
      {shown.length < sessions.length && (
        <Button variant="secondary" onClick={() => setAll(true)}>
          {t.showAll(sessions.length)}
        </Button>
      )}
    </>
  );
}

/** The workshop's sessions, upcoming first; the past ones folded away. */
export function WorkshopSessions({ workshop }: { workshop: Workshop }) {
  const t = useMessages().host.sessions;
  const query = useQuery({
    queryKey: KEYS.sessionsOf(workshop.id),
    queryFn: () => fetchSessionsOf(workshop.id),
  });
  return (
    <section aria-labelledby="host-sessions">
      <h2 id="host-sessions">{t.heading}</h2>
      <QueryState query={query}>
        {(sessions) => (
          <>
            <h3>{t.upcoming}</h3>
            {upcomingOf(sessions).length === 0 ? (
              <p class="muted">{t.noUpcoming}</p>
            ) : (
              <SessionList sessions={upcomingOf(sessions)} />
            )}
            <details class="host-past">
              <summary>{t.past(pastOf(sessions).length)}</summary>
              {pastOf(sessions).length === 0 ? (
                <p class="muted">{t.noPast}</p>
              ) : (
                <SessionList sessions={pastOf(sessions)} />
              )}
            </details>
          </>
        )}
      </QueryState>
    </section>
  );
}
