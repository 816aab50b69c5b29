import { createHash } from 'node:crypto';

/**
 * The id of a notification derives from the fact it reports and its recipient, so every
 * path to the same fact (a redelivered event, the session-cancelled event and the booking
 * cancellations it causes, two replicas' reminder sweeps) meets the same document.
 */
export function notificationId(factKey: string, recipientId: string): string {
  return createHash('sha256').update(`${factKey}\n${recipientId}`).digest('base64url').slice(0, 32);
}
