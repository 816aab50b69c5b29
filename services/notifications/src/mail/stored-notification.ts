import { EMAIL_STATUSES } from '@fabrique/contracts';
import type { NotificationContext } from '../domain/context.js';
import type { NotificationKind } from '../domain/kinds.js';

// The statuses are the API's (dead letters show them): contracts.
export { EMAIL_STATUSES };

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
