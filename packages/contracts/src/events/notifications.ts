import { z } from 'zod';
import { defineEvent } from '../define-event.js';

/**
 * An email is due for a notification. Written in the notification's own outbox when it is
 * created, so the sending rides the consumer's retries, backoff and dead letters; the
 * notification id makes a second delivery of this event a no-op once the mail went out.
 */
export const emailRequestedV1 = defineEvent(
  'fabrique.notifications.email.requested.v1',
  z.object({
    notificationId: z.string(),
    recipientId: z.string(),
    kind: z.string(),
  }),
);
