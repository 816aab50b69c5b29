import type { NotificationContext } from '../domain/context.js';
import type { NotificationKind } from '../domain/kinds.js';

export const EMAIL_STATUSES = [
  'off',
  'pending',
  // Handed to SMTP, or about to be: the outcome is recorded next (email.handler.ts).
  'sending',
  'retrying',
  'sent',
  'dead-lettered',
  'cancelled',
] as const;

/** A notification as stored: the context is rendered when it is read or sent. */
export interface StoredNotification {
  _id: string;
  factKey: string;
  recipientId: string;
  kind: NotificationKind;
  context: NotificationContext;
  /** The address the email goes to, when not the account's (see NotifyRequest.address). */
  toAddress?: string;
  inApp: boolean;
  email: {
    status: (typeof EMAIL_STATUSES)[number];
    attempts: number;
    lastError: string | null;
    sentAt?: Date;
    messageId?: string;
  };
  createdAt: Date;
  readAt: Date | null;
}
