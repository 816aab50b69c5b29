import { insertOnce } from '@fabrique/service-kit';
import { newNotification, type NotificationRequest } from '../domain/notification.js';
import { channelsFor, type StoredPreferences } from '../domain/preferences.js';
import { findRecipient } from '../store/recipient.store.js';
import type { NotificationsDeps } from './deps.js';

/** The recipient is not known yet (accounts' events come on another stream): retry later. */
export class RecipientNotKnownYet extends Error {
  override readonly name = 'RecipientNotKnownYet';
}

export interface NotifyRequest extends NotificationRequest {
  recipientId: string;
}

export type NotifyOutcome = 'created' | 'exists' | 'not-wanted' | 'erased';

/**
 * Records one notification for one person, at most once per fact: the insert of its derived
 * id decides. When the person wants the email, the request goes in the same document's
 * outbox, so it leaves exactly when the notification exists.
 */
export async function notify(
  deps: NotificationsDeps,
  request: NotifyRequest,
): Promise<NotifyOutcome> {
  const { models } = deps;
  const recipient = await findRecipient(models, request.recipientId);
  if (!recipient) throw new RecipientNotKnownYet(`account ${request.recipientId} not known yet`);
  if (recipient.deleted) return 'erased';
  const stored = await models.preferences
    .findById(recipient.id)
    .lean<{ kinds?: StoredPreferences }>();
  const channels = channelsFor(stored?.kinds ?? {}, request.context.kind);
  if (!channels.email && !channels.inApp) return 'not-wanted';
  const { notification, events } = newNotification(request, recipient.id, channels, deps.now());
  const id = notification._id;
  const inserted = await deps.outbox.save(models.notifications, id, events, () =>
    insertOnce(models.notifications, { ...notification, outbox: events }),
  );
  return inserted ? 'created' : 'exists';
}

/** Whether an event is recent enough to tell people about (see NOTIFY_MAX_EVENT_AGE_HOURS). */
export function isFresh(deps: NotificationsDeps, eventTime: string): boolean {
  return deps.now().getTime() - Date.parse(eventTime) <= deps.maxEventAgeMs;
}
