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

/**
 * Sends the email of one notification. A sent one is never sent again; a failed send is
 * recorded and thrown, so the consumer retries it with backoff and, after the last attempt,
 * puts the request in the dead letters, from where a coordinator can replay it.
 */
export function onEmailRequested(deps: EmailDeps) {
  return async (event: EventOf<typeof emailRequestedV1>, ctx: HandlerContext) => {
    const id = event.data.notificationId;
    const notification = await deps.models.notifications
      .findById(id, { outbox: 0 })
      .lean<StoredNotification>();
    if (!notification || ['sent', 'off', 'cancelled'].includes(notification.email.status)) return;
    const recipient = await findRecipient(deps.models, notification.recipientId);
    const address = notification.toAddress ?? recipient?.email;
    if (!recipient || recipient.deleted || !address) {
      await setEmail(deps, id, { status: 'cancelled' });
      return;
    }
    const mail = composeMail(
      deps.compose,
      notification,
      { ...recipient, email: address },
      deps.now(),
    );
    try {
      await deps.mailer.send(mail);
    } catch (error) {
      const lastAttempt = ctx.deliveryCount >= deps.maxAttempts;
      const message = error instanceof Error ? error.message : String(error);
      await setEmail(deps, id, {
        status: lastAttempt ? 'dead-lettered' : 'retrying',
        attempts: ctx.deliveryCount,
        lastError: message.slice(0, 500),
      });
      throw error;
    }
    await setEmail(deps, id, {
      status: 'sent',
      attempts: ctx.deliveryCount,
      lastError: null,
      sentAt: deps.now(),
      messageId: mail.messageId,
    });
  };
}
