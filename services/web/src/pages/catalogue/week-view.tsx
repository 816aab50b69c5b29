import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { formatShortDate, parisDay } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { QueryState } from '../../ui/query-state.js';
import {
  catalogueKeys,
  fetchAllSessions,
  type CatalogueSession,
  type SessionSearch,
} from './api.js';
import { addDays, filtersHref, mondayOf, todayInParis, weekDays, type Filters } from './filters.js';
import { SessionCard } from './session-card.js';

/** The day's date at noon UTC: the same calendar day in Paris, whatever the season. */
const noon = (day: string) => `${day}T12:00:00Z`;

function WeekNav({ filters, days }: { filters: Filters; days: string[] }) {
  const { locale, m } = useLocale();
  const t = m.catalogue.week;
  const monday = days[0]!;
  const canGoBack = monday > mondayOf(todayInParis());
  return (
    <nav class="week-nav" aria-label={t.nav}>
      {canGoBack && (
        <Link
          class="button button--secondary"
          href={filtersHref({ ...filters, date: addDays(monday, -7) })}
        >
          <span aria-hidden="true">← </span>
          {t.previous}
        </Link>
      )}
      <h2 class="week-nav__title">
        {t.title(formatShortDate(noon(monday), locale), formatShortDate(noon(days[6]!), locale))}
      </h2>
      <Link
        class="button button--secondary"
        href={filtersHref({ ...filters, date: addDays(monday, 7) })}
      >
        {t.next}
        <span aria-hidden="true"> →</span>
      </Link>
    </nav>
  );
}

function Day({ day, sessions }: { day: string; sessions: CatalogueSession[] }) {
  const { locale, m } = useLocale();
  const today = day === todayInParis();
  return (
    <li class={today ? 'week__day week__day--today' : 'week__day'}>
      <h3 class="week__day-title">
        {formatShortDate(noon(day), locale)}
        {today && <span class="pill week__today">{m.catalogue.week.today}</span>}
      </h3>
      {sessions.length === 0 ? (
        <p class="muted">{m.catalogue.week.none}</p>
      ) : (
        <ul class="week__sessions">
          {sessions.map((session) => (
            <li key={session.id}>
              <SessionCard session={session} level={4} showDate={false} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Seven columns, Monday to Sunday in Paris days; one under the other on a phone. */
export function WeekView({ filters, search }: { filters: Filters; search: SessionSearch }) {
  const { m } = useLocale();
  const days = weekDays(filters);
  const query = useQuery({
    queryKey: catalogueKeys.week(search),
    queryFn: () => fetchAllSessions(search),
  });
  return (
    <>
      <WeekNav filters={filters} days={days} />
      <QueryState query={query}>
        {(data) => (
          <>
            <p class="muted" role="status">
              {m.catalogue.results.count(data.items.length, false)}
            </p>
            {data.nextCursor && <p class="hint">{m.catalogue.week.truncated}</p>}
            <ol class="week">
              {days.map((day) => (
                <Day
                  key={day}
                  day={day}
                  sessions={data.items.filter((s) => parisDay(s.startsAt) === day)}
                />
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </>
  );
}
