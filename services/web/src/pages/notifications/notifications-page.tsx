import {
  useInfiniteQuery,
  useMutation,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/preact-query';
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { api } from '../../api/client.js';
import { useLocale, useMessages } from '../../i18n/locale.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { Page } from '../../ui/page.js';
import { QueryState } from '../../ui/query-state.js';
import { RequireSession } from '../../ui/require-session.js';
import { INBOX_KEY, inboxPath, markAllRead, refreshAfterMarking, type Inbox } from './api.js';
import { NotificationCard } from './notification-card.js';
import './notifications.css';

function useInbox() {
  const { locale } = useLocale();
  return useInfiniteQuery({
    queryKey: [...INBOX_KEY, locale],
    queryFn: ({ pageParam }) => api<Inbox>(inboxPath(locale, pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

type InboxQuery = ReturnType<typeof useInbox>;

function MarkAll({ onDone }: { onDone: () => void }) {
  const t = useMessages().notifications;
  const queryClient = useQueryClient();
  const all = useMutation({
    mutationFn: markAllRead,
    onSuccess: async () => {
      await refreshAfterMarking(queryClient);
      onDone();
    },
  });
  return (
    <>
      <Button variant="secondary" pending={all.isPending} onClick={() => all.mutate()}>
        {t.markAllRead}
      </Button>
      <ErrorMessage error={all.error} />
    </>
  );
}

function InboxList({ data, inbox }: { data: InfiniteData<Inbox>; inbox: InboxQuery }) {
  const t = useMessages().notifications;
  const [status, setStatus] = useState<'' | 'markedRead' | 'allMarked'>('');
  const summary = useRef<HTMLParagraphElement>(null);
  const unreadCount = data.pages[0]?.unreadCount ?? 0;
  // The button pressed is gone once its notification is read: focus goes back to the count.
  const marked = (what: 'markedRead' | 'allMarked') => () => {
    setStatus(what);
    summary.current?.focus();
  };
  return (
    <>
      <p class="notification-summary" tabIndex={-1} ref={summary}>
        {t.summary(unreadCount)}
      </p>
      <p class="success" role="status">
        {status && t[status]}
      </p>
      {unreadCount > 0 && (
        <div class="actions">
          <MarkAll onDone={marked('allMarked')} />
        </div>
      )}
      <ul class="notification-list">
        {data.pages.flatMap((page) =>
          page.items.map((item) => (
            <NotificationCard key={item.id} item={item} onMarked={marked('markedRead')} />
          )),
        )}
      </ul>
      {inbox.isFetchNextPageError && <ErrorMessage error={inbox.error} />}
      {inbox.hasNextPage && (
        <Button
          variant="secondary"
          pending={inbox.isFetchingNextPage}
          onClick={() => void inbox.fetchNextPage()}
        >
          {inbox.isFetchingNextPage ? t.loadingMore : t.loadMore}
        </Button>
      )}
    </>
  );
}

function MyNotifications() {
  const t = useMessages().notifications;
  const inbox = useInbox();
  return (
    <Page title={t.title}>
      <p>
        <Link href="/notifications/preferences">{t.preferencesLink}</Link>
      </p>
      {inbox.data && inbox.isFetchNextPageError ? (
        // A failed "load more" keeps the list; its error shows by the button.
        <InboxList data={inbox.data} inbox={inbox} />
      ) : (
        <QueryState
          query={inbox}
          isEmpty={(data) => (data.pages[0]?.items.length ?? 0) === 0}
          empty={t.empty}
        >
          {(data) => <InboxList data={data} inbox={inbox} />}
        </QueryState>
      )}
    </Page>
  );
}

/** My notifications, unread first, in the language of the app. */
export default function NotificationsPage() {
  return (
    <RequireSession>
      <MyNotifications />
    </RequireSession>
  );
}
