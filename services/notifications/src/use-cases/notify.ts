import { emailRequestedV1 } from '@fabrique/contracts';
import { insertOnce } from '@fabrique/service-kit';
import type { NotificationContext } from '../domain/context.js';
import { notificationId } from '../domain/notification-id.js';
import { channelsFor, type StoredPreferences } from '../domain/preferences.js';
import { findRecipient } from '../store/recipient.store.js';
import type { NotificationsDeps } from './deps.js';

const SOURCE = 'fabrique/notifications';

/** The recipient is not known yet (accounts' events come on another stream): retry later. */
export class RecipientNotKnownYet extends Error {
  override readonly name = 'RecipientNotKnownYet';
}

export interface NotifyRequest {
  /** The fact reported, e.g. `booking-offered:<bookingId>:<version>`. */
  factKey: string;
  recipientId: string;
  context: NotificationContext;
  /**
   * Where the email goes when not to the account's address: a change of address sends its
   * link to the new one and the notice to the old one.
   */
  address?: string;
}

export type NotifyOutcome = 'created' | 'exists' | 'not-wanted' | 'erased';

/** What a notification keeps of its request. */
function recordOf({ factKey, context, address }: NotifyRequest, recipientId: string) {
  return {
    factKey,
    recipientId,
    kind: context.kind,
    context,
    ...(address !== undefined && { toAddress: address }),
  };
}

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
  const id = notificationId(request.factKey, recipient.id);
  const now = deps.now();
  const events = channels.email
    ? [
        emailRequestedV1.create(
          { subject: id, source: SOURCE },
          { notificationId: id, recipientId: recipient.id, kind: request.context.kind },
          now,
        ),
      ]
    : [];
  const notification = {
    _id: id,
    ...recordOf(request, recipient.id),
    inApp: channels.inApp,
    email: { status: channels.email ? 'pending' : 'off', attempts: 0, lastError: null },
    createdAt: now,
    readAt: null,
    outbox: events,
  };
  const inserted = await deps.outbox.save(models.notifications, id, events, () =>
    insertOnce(models.notifications, notification),
  );
  return inserted ? 'created' : 'exists';
}

/** Whether an event is recent enough to tell people about (see NOTIFY_MAX_EVENT_AGE_HOURS). */
export function isFresh(deps: NotificationsDeps, eventTime: string): boolean {
  return deps.now().getTime() - Date.parse(eventTime) <= deps.maxEventAgeMs;
}
