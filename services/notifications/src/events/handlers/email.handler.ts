import type { emailRequestedV1, EventOf } from '@fabrique/contracts';
import type { HandlerContext } from '@fabrique/bus';
import { composeMail, type ComposeSettings } from '../../mail/compose.js';
import type { StoredNotification } from '../../mail/stored-notification.js';
import type { Mailer } from '../../mail/transport.js';
import { findRecipient } from '../../store/recipient.store.js';
import type { NotificationsDeps } from '../../use-cases/deps.js';

export interface EmailDeps extends NotificationsDeps {
  mailer: Mailer;
  compose: ComposeSettings;
  /** Sends before the request goes to the dead letters (the consumer's maxDeliver). */
  maxAttempts: number;
}

async function setEmail(deps: EmailDeps, id: string, fields: Record<string, unknown>) {
  const set = Object.fromEntries(Object.entries(fields).map(([k, v]) => [`email.${k}`, v]));
  await deps.models.notifications.updateOne({ _id: id }, { $set: set });
}

type Mail = ReturnType<typeof composeMail>;
type Sent = { messageId: string; sentAt: Date };

/** Statuses after which nothing is sent: done, not wanted, or nobody to send it to. */
const SETTLED = new Set(['sent', 'off', 'cancelled']);
/** Emails SMTP accepted whose record failed (the database went down): at most this many. */
const UNRECORDED_LIMIT = 10_000;

/** The notification still to send and its message; undefined when there is nothing to send. */
async function mailToSend(deps: EmailDeps, id: string) {
  const notification = await deps.models.notifications
    .findById(id, { outbox: 0 })
    .lean<StoredNotification>();
  if (!notification || SETTLED.has(notification.email.status)) return undefined;
  const recipient = await findRecipient(deps.models, notification.recipientId);
  const address = notification.toAddress ?? recipient?.email;
  if (!recipient || recipient.deleted || !address) {
    await setEmail(deps, id, { status: 'cancelled' });
    return undefined;
  }
  return composeMail(deps.compose, notification, { ...recipient, email: address }, deps.now());
}

/** Records the attempt, then hands the mail to SMTP; a refusal is recorded and thrown. */
async function send(deps: EmailDeps, id: string, mail: Mail, deliveryCount: number) {
  await setEmail(deps, id, { status: 'sending', attempts: deliveryCount, sendingAt: deps.now() });
  try {
    await deps.mailer.send(mail);
  } catch (error) {
    const lastAttempt = deliveryCount >= deps.maxAttempts;
    const message = error instanceof Error ? error.message : String(error);
    await setEmail(deps, id, {
      status: lastAttempt ? 'dead-lettered' : 'retrying',
      attempts: deliveryCount,
      lastError: message.slice(0, 500),
    });
    throw error;
  }
}

/**
 * Sends the email of one notification, at most once unless the process dies between SMTP's
 * acceptance and the record:
 * - the attempt is recorded (`sending`) before SMTP is asked, so nothing is sent while the
 *   database is down;
 * - when SMTP accepted but the record of it failed, this process remembers it and, on the
 *   redelivery, only records it: no second email;
 * - a redelivered `sending` whose outcome this process does not know (it died, or another
 *   replica tried) is sent again, with the same Message-ID, which mail clients use to drop
 *   duplicates: the rule prefers a rare duplicate to a lost message.
 * A failed send is recorded and thrown, so the consumer retries it with backoff and, after
 * the last attempt, puts the request in the dead letters, from where a coordinator replays it.
 */
export function onEmailRequested(deps: EmailDeps) {
  const sentUnrecorded = new Map<string, Sent>();
  const recordSent = async (id: string, attempts: number, sent: Sent) => {
    await setEmail(deps, id, { status: 'sent', attempts, lastError: null, ...sent });
    sentUnrecorded.delete(id);
  };
  return async (event: EventOf<typeof emailRequestedV1>, ctx: HandlerContext) => {
    const id = event.data.notificationId;
    const accepted = sentUnrecorded.get(id);
    if (accepted) return recordSent(id, ctx.deliveryCount, accepted);
    const mail = await mailToSend(deps, id);
    if (!mail) return;
    await send(deps, id, mail, ctx.deliveryCount);
    const sent = { messageId: mail.messageId, sentAt: deps.now() };
    if (sentUnrecorded.size < UNRECORDED_LIMIT) sentUnrecorded.set(id, sent);
    await recordSent(id, ctx.deliveryCount, sent);
  };
}
