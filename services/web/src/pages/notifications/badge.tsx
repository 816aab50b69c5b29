import { useQuery } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { api } from '../../api/client.js';
import { useMessages } from '../../i18n/locale.js';
import type { Inbox } from './api.js';

/** The bell in the header with the number of unread notifications (refreshed every minute). */
export function NotificationBadge() {
  const { common } = useMessages();
  const unread = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => api<Inbox>('/api/notifications?unread=true&limit=1'),
    refetchInterval: 60_000,
  });
  const count = unread.data?.unreadCount ?? 0;
  return (
    <Link
      href="/notifications"
      class="nav-badge"
      aria-label={`${common.nav.notifications} — ${common.unreadNotifications(count)}`}
    >
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span class="badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
