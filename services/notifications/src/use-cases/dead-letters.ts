import { deadLetterAt, listDeadLetters, replayDeadLetter, type Bus } from '@fabrique/bus';
import {
  emailRequestedV1,
  type EmailReplayResponse,
  type FailedEmailsResponse,
} from '@fabrique/contracts';
import { findByIds, pageByOffset } from '@fabrique/service-kit';
import { notificationErrors } from '../domain/errors.js';
import { EMAIL_DURABLE } from '../durables.js';
import type { StoredNotification } from '../mail/stored-notification.js';
import type { NotificationsDeps } from './deps.js';

/** The most dead letters listed (and replayed at once), oldest first. */
export const MAX_DEAD_LETTERS = 200;

function requestOf(payload: string) {
  const parsed = emailRequestedV1.schema.safeParse(JSON.parse(payload));
  return parsed.success ? parsed.data.data : null;
}

/** Emails that failed every attempt, with why and what became of them since: one page. */
export async function failedEmails(
  deps: NotificationsDeps,
  bus: Bus,
  query: { limit: number; cursor?: string | undefined },
): Promise<FailedEmailsResponse> {
  const all = await listDeadLetters(bus, 1, MAX_DEAD_LETTERS, EMAIL_DURABLE);
  const { items: letters, nextCursor } = pageByOffset(all, query.limit, query.cursor);
  const ids = letters.flatMap((l) => requestOf(l.payload)?.notificationId ?? []);
  const notifications = await findByIds<StoredNotification>(deps.models.notifications, ids, {
    outbox: 0,
    context: 0,
  });
  const byId = new Map(notifications.map((n) => [n._id, n]));
  return {
    items: letters.map((letter) => {
      const request = requestOf(letter.payload);
      const notification = request ? byId.get(request.notificationId) : undefined;
      return {
        seq: letter.seq,
        notificationId: request?.notificationId ?? null,
        kind: request?.kind ?? null,
        recipientId: request?.recipientId ?? null,
        error: letter.error,
        attempts: letter.deliveryCount,
        deadLetteredAt: letter.deadLetteredAt,
        emailStatus: notification?.email.status ?? null,
      };
    }),
    nextCursor,
  };
}

async function replayOne(deps: NotificationsDeps, bus: Bus, seq: number) {
  const letter = await deadLetterAt(bus, seq);
  if (!letter || letter.consumer !== EMAIL_DURABLE)
    throw notificationErrors.DEAD_LETTER_NOT_FOUND();
  const request = requestOf(letter.payload);
  if (request)
    await deps.models.notifications.updateOne(
      { _id: request.notificationId, 'email.status': 'dead-lettered' },
      { $set: { 'email.status': 'pending' } },
    );
  await replayDeadLetter(bus, letter);
}

/** Sends a dead-lettered email again (one, or all when `seq` is undefined). */
export async function replayFailedEmails(
  deps: NotificationsDeps,
  bus: Bus,
  seq: number | undefined,
): Promise<EmailReplayResponse> {
  if (seq !== undefined) {
    await replayOne(deps, bus, seq);
    return { replayed: 1 };
  }
  const letters = await listDeadLetters(bus, 1, MAX_DEAD_LETTERS, EMAIL_DURABLE);
  for (const letter of letters) await replayOne(deps, bus, letter.seq);
  return { replayed: letters.length };
}
