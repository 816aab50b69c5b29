import { useInfiniteQuery, type InfiniteData } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { Link, useSearch } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { bookingKeys, fetchMyBookings, FRESH, type BookingPage, type When } from './api.js';
import { BookingCard } from './booking-card.js';
import { CalendarLink } from './calendar-link.js';
import './bookings.css';

function useMyBookings(when: When) {
  return useInfiniteQuery({
    queryKey: bookingKeys.list(when),
    queryFn: ({ pageParam }) => fetchMyBookings(when, pageParam),
    staleTime: FRESH,
    // Offers arrive while the page is open (someone cancelled): look again now and then.
    refetchInterval: when === 'upcoming' ? 60_000 : false,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

type Bookings = ReturnType<typeof useMyBookings>;

function Tabs({ when }: { when: When }) {
  const t = useMessages().bookings.list;
  const tab = (value: When, href: string) => (
    <Link
      href={href}
      class={when === value ? 'view-tab view-tab--current' : 'view-tab'}
      aria-current={when === value ? 'true' : undefined}
    >
      {t[value]}
    </Link>
  );
  return (
    <nav class="view-tabs" aria-label={t.tabs}>
      {tab('upcoming', '/bookings')}
      {tab('past', '/bookings?when=past')}
    </nav>
  );
}

function List({ data, query }: { data: InfiniteData<BookingPage>; query: Bookings }) {
  const t = useMessages().bookings.list;
  // One "now" per visit: whether a session has started decides which actions show.
  const [now] = useState(() => new Date());
  return (
    <>
      <ul class="booking-list">
        {data.pages.flatMap((page) =>
          page.items.map((booking) => (
            <li key={booking.id}>
              <BookingCard booking={booking} now={now} />
            </li>
          )),
        )}
      </ul>
      {query.isFetchNextPageError && <ErrorMessage error={query.error} />}
      {query.hasNextPage && (
        <p class="actions">
          <Button
            variant="secondary"
            pending={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t.more}
          </Button>
        </p>
      )}
    </>
  );
}

function Empty({ when }: { when: When }) {
  const t = useMessages().bookings.list;
  return (
    <>
      {when === 'upcoming' ? t.emptyUpcoming : t.emptyPast} <Link href="/">{t.browse}</Link>
    </>
  );
}

function MyBookings() {
  const t = useMessages().bookings.list;
  const when: When = new URLSearchParams(useSearch()).get('when') === 'past' ? 'past' : 'upcoming';
  const query = useMyBookings(when);
  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      <Tabs when={when} />
      {query.data && query.isFetchNextPageError ? (
        <List data={query.data} query={query} />
      ) : (
        <QueryState
          query={query}
          isEmpty={(data) => (data.pages[0]?.items.length ?? 0) === 0}
          empty={<Empty when={when} />}
        >
          {(data) => <List data={data} query={query} />}
        </QueryState>
      )}
      <CalendarLink />
    </Page>
  );
}

/** « Mes réservations »: upcoming or past, with their actions, and the calendar link. */
export default function BookingsPage() {
  return (
    <RequireSession>
      <MyBookings />
    </RequireSession>
  );
}
