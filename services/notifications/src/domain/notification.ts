import { emailRequestedV1, type Envelope } from '@fabrique/contracts';
import type { NotificationContext } from './context.js';
import { notificationId } from './notification-id.js';
import type { ChannelChoice } from './preferences.js';

export const SOURCE = 'fabrique/notifications';

/** What is told to whom: the fact (its key), the message's context, and where the email goes. */
export interface NotificationRequest {
  /** The fact reported, e.g. `booking-offered:<bookingId>:<version>`. */
  factKey: string;
  context: NotificationContext;
  /**
   * Where the email goes when not to the account's address: a change of address sends its
   * link to the new one and the notice to the old one.
   */
  address?: string | undefined;
}

/**
 * One notification for one person, on the channels they chose (at least one): the document
 * kept, with its id derived from the fact and the person, and when they want the email, the
 * request that sends it (kept in the same document's outbox).
 */
export function newNotification(
  request: NotificationRequest,
  recipientId: string,
  channels: ChannelChoice,
  now: Date,
) {
  const id = notificationId(request.factKey, recipientId);
  const { factKey, context, address } = request;
  const events: Envelope[] = channels.email
    ? [
        emailRequestedV1.create(
          { subject: id, source: SOURCE },
          { notificationId: id, recipientId, kind: context.kind },
          now,
        ),
      ]
    : [];
  const notification = {
    _id: id,
    factKey,
    recipientId,
    kind: context.kind,
    context,
    ...(address !== undefined && { toAddress: address }),
    inApp: channels.inApp,
    email: { status: channels.email ? 'pending' : 'off', attempts: 0, lastError: null },
    createdAt: now,
    readAt: null,
  };
  return { notification, events };
}
