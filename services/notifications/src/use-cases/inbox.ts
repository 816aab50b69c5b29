import type { InboxResponse } from '@fabrique/contracts';
import { pageByOffset, type Principal } from '@fabrique/service-kit';
import { notificationErrors } from '../domain/errors.js';
import type { StoredNotification } from '../mail/stored-notification.js';
import { renderMessage } from '../messages/render.js';
import { findRecipient } from '../store/recipient.store.js';
import type { NotificationsDeps } from './deps.js';

/** How far back the in-app list goes: older ones stay stored but are not listed. */
const LISTED = 500;

export interface InboxQuery {
  limit: number;
  cursor?: string | undefined;
  unread?: boolean | undefined;
  lang?: 'fr' | 'en' | undefined;
}

/** My in-app notifications, unread first, newest first within each, in my language. */
export async function myInbox(
  deps: NotificationsDeps,
  actor: Principal,
  query: InboxQuery,
): Promise<InboxResponse> {
  const stored = await deps.models.notifications
    .find({ recipientId: actor.accountId, inApp: true }, { outbox: 0 })
    .sort({ createdAt: -1 })
    .limit(LISTED)
    .lean<StoredNotification[]>();
  const unreadCount = stored.filter((n) => n.readAt === null).length;
  const ordered = [
    ...stored.filter((n) => n.readAt === null),
    ...(query.unread ? [] : stored.filter((n) => n.readAt !== null)),
  ];
  const page = pageByOffset(ordered, query.limit, query.cursor);
  const recipient = await findRecipient(deps.models, actor.accountId);
  const locale = query.lang ?? recipient?.locale ?? 'fr';
  const baseUrl = '';
  return {
    unreadCount,
    nextCursor: page.nextCursor,
    items: page.items.map((n) => {
      const { inApp } = renderMessage(n.context, locale, { baseUrl, unsubscribeUrl: null });
      return {
        id: n._id,
        kind: n.kind,
        title: inApp.title,
        body: inApp.body,
        link: inApp.link,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      };
    }),
  };
}

/** Marks one of mine read; someone else's is "not found", not "forbidden", to reveal nothing. */
export async function markRead(deps: NotificationsDeps, actor: Principal, id: string) {
  const result = await deps.models.notifications.updateOne(
    { _id: id, recipientId: actor.accountId },
    { $set: { readAt: deps.now() } },
  );
  if (result.matchedCount === 0) throw notificationErrors.NOTIFICATION_NOT_FOUND();
}

export async function markAllRead(deps: NotificationsDeps, actor: Principal) {
  await deps.models.notifications.updateMany(
    { recipientId: actor.accountId, readAt: null },
    { $set: { readAt: deps.now() } },
  );
}
