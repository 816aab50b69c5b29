import { isEssential } from '../domain/kinds.js';
import { unsubscribeToken } from '../domain/unsubscribe-token.js';
import { calendarAttachment } from '../messages/ics.js';
import { renderMessage } from '../messages/render.js';
import type { Recipient } from '../store/recipient.store.js';
import type { StoredNotification } from './stored-notification.js';
import type { OutgoingMail } from './transport.js';

export interface ComposeSettings {
  publicUrl: string;
  unsubscribeSecret: string;
  /** Domain of the sender address, for Message-IDs. */
  mailDomain: string;
}

/** The email of a notification, in the recipient's language as it is now. */
export function composeMail(
  settings: ComposeSettings,
  notification: StoredNotification,
  recipient: Recipient & { email: string },
  now: Date,
): OutgoingMail {
  const { kind, context } = notification;
  const unsubscribeUrl = isEssential(kind)
    ? null
    : `${settings.publicUrl}/api/notifications/unsubscribe/${unsubscribeToken(settings.unsubscribeSecret, recipient.id, kind)}`;
  const message = renderMessage(context, recipient.locale, {
    baseUrl: settings.publicUrl,
    unsubscribeUrl,
  });
  const calendar = calendarAttachment(context, recipient.locale, Math.floor(now.getTime() / 1000));
  return {
    to: recipient.email,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${notification._id}@${settings.mailDomain}>`,
    headers: {
      'Auto-Submitted': 'auto-generated',
      ...(unsubscribeUrl && {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }),
    },
    icalEvent: calendar
      ? { filename: calendar.filename, method: calendar.method, content: calendar.content }
      : undefined,
  };
}

/** `Fabrique <ne-pas-repondre@example.org>` → `example.org`. */
export function domainOf(fromAddress: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(fromAddress);
  return match?.[1] ?? 'fabrique.localhost';
}
