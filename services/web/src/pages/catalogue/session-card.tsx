import { Link } from 'wouter-preact';
import { formatDate, formatTime } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import type { CatalogueSession } from './api.js';
import { useNames } from './reference.js';

/** « 10:00 – 12:00 » in Paris time. */
export function useTimeRange() {
  const { locale } = useLocale();
  return (session: Pick<CatalogueSession, 'startsAt' | 'endsAt'>) =>
    `${formatTime(session.startsAt, locale)} – ${formatTime(session.endsAt, locale)}`;
}

export function SeatsLeft({ session }: { session: CatalogueSession }) {
  const t = useLocale().m.catalogue;
  const left = session.seatsLeft ?? session.capacity;
  return (
    <span class={left > 0 ? 'pill seats' : 'pill seats seats--full'}>{t.card.seatsLeft(left)}</span>
  );
}

interface CardProps {
  session: CatalogueSession;
  /** Heading level in the page outline: cards sit under the page title or under a day. */
  level: 2 | 3 | 4;
  /** In the week view the day is the column's heading: only the time is repeated. */
  showDate?: boolean;
}

/** One session in the catalogue: its title links to its page. */
export function SessionCard({ session, level, showDate = true }: CardProps) {
  const { locale, m } = useLocale();
  const names = useNames();
  const range = useTimeRange();
  const Heading = `h${level}` as const;
  const venue = names.venue(session.venueId);
  const commune = names.commune(session.commune);
  return (
    <article class="card session-card">
      <Heading>
        <Link href={`/sessions/${session.id}`}>{session.title}</Link>
      </Heading>
      <p class="session-card__when">
        {showDate && <>{formatDate(session.startsAt, locale)}, </>}
        {range(session)}
      </p>
      <p class="muted">{venue ? m.catalogue.card.venueAndCommune(venue, commune) : commune}</p>
      <p class="session-card__tags">
        <span class="pill">{names.kind(session.kind)}</span> <SeatsLeft session={session} />
      </p>
    </article>
  );
}
