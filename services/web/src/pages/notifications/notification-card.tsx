import { useMutation, useQueryClient } from '@tanstack/preact-query';
import { Link } from 'wouter-preact';
import { formatDateTime } from '../../format/index.js';
import { useLocale, useMessages } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { Button } from '../../ui/button.js';
import { ErrorMessage } from '../../ui/error-message.js';
import { isAppPath, markRead, refreshAfterMarking, type NotificationItem } from './api.js';

/** « Voir ma réservation », « Voir la séance »…: named after where it leads (`/bookings/…`). */
function linkText(link: string, t: Messages['notifications']): string {
  const area = link.split('/')[1] ?? '';
  return t.links[area] ?? t.open;
}

/** The messages end with "the link below": here it is, below. */
function ItemLink({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const t = useMessages().notifications;
  if (!item.link) return null;
  const text = (
    <>
      {linkText(item.link, t)}
      <span class="visually-hidden"> — {item.title}</span>
    </>
  );
  // Opening it counts as reading it; the request goes on while the next page loads.
  return isAppPath(item.link) ? (
    <Link href={item.link} onClick={onOpen}>
      {text}
    </Link>
  ) : (
    <a href={item.link} onClick={onOpen}>
      {text}
    </a>
  );
}

/** One notification: unread ones say so in words, not only by colour. */
export function NotificationCard({
  item,
  onMarked,
}: {
  item: NotificationItem;
  onMarked: () => void;
}) {
  const { locale, m } = useLocale();
  const t = m.notifications;
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: () => markRead(item.id),
    onSuccess: () => refreshAfterMarking(queryClient),
  });
  const unread = item.readAt === null;
  const open = () => {
    if (unread) read.mutate();
  };
  return (
    <li class={unread ? 'notification notification--unread' : 'notification'}>
      <p class="notification-meta">
        <span class="pill">{unread ? t.unread : t.read}</span>{' '}
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time>
      </p>
      <h2>{item.title}</h2>
      <p class="notification-body">{item.body}</p>
      <div class="notification-actions">
        <ItemLink item={item} onOpen={open} />
        {unread && (
          <Button
            variant="secondary"
            pending={read.isPending}
            onClick={() => read.mutate(undefined, { onSuccess: onMarked })}
          >
            {t.markRead}
            <span class="visually-hidden"> — {item.title}</span>
          </Button>
        )}
      </div>
      <ErrorMessage error={read.error} />
    </li>
  );
}
