import { useInfiniteQuery, type InfiniteData } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { QueryState } from '../../ui/query-state.js';
import { catalogueKeys, fetchSessions, type SessionPage, type SessionSearch } from './api.js';
import { SessionCard } from './session-card.js';

function useSessionPages(search: SessionSearch) {
  return useInfiniteQuery({
    queryKey: catalogueKeys.search(search),
    queryFn: ({ pageParam }) => fetchSessions(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

type Pages = ReturnType<typeof useSessionPages>;

function Results({ data, query }: { data: InfiniteData<SessionPage>; query: Pages }) {
  const t = useMessages().catalogue.results;
  const sessions = data.pages.flatMap((page) => page.items);
  return (
    <>
      <p class="muted" role="status">
        {t.count(sessions.length, query.hasNextPage)}
      </p>
      <ul class="cards">
        {sessions.map((session) => (
          <li key={session.id}>
            <SessionCard session={session} level={2} />
          </li>
        ))}
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

/** The next sessions matching the filters, soonest first, a page at a time. */
export function SessionList({ search }: { search: SessionSearch }) {
  const t = useMessages().catalogue.results;
  const query = useSessionPages(search);
  // A failed "see more" keeps what is shown; its error sits by the button.
  if (query.data && query.isFetchNextPageError) return <Results data={query.data} query={query} />;
  return (
    <QueryState
      query={query}
      isEmpty={(data) => (data.pages[0]?.items.length ?? 0) === 0}
      empty={t.empty}
    >
      {(data) => <Results data={data} query={query} />}
    </QueryState>
  );
}
