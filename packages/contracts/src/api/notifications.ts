import { z } from 'zod';
import { instant, pageSchema } from './common.js';

// The notifications service's answers (services/notifications/src/use-cases).

/**
 * What a notification is about. Essential kinds (an offer to answer, a cancelled or moved
 * session, a seat given, account security) cannot be turned off; account links (a new
 * password, a new address) go by email only.
 */
export const NOTIFICATION_KINDS = [
  'booking-confirmed',
  'booking-waitlisted',
  'booking-offered',
  'booking-offer-expired',
  'booking-cancelled',
  'booking-promoted',
  'session-rescheduled',
  'session-cancelled',
  'session-reminder',
  'attendance-thanks',
  'share-behind',
  'contribution-decided',
  'round-phase',
  'account-security',
  'password-reset-link',
  'email-verification-link',
  'email-change-link',
] as const;

/** Where a notification's email is. */
export const EMAIL_STATUSES = [
  'off',
  'pending',
  // Handed to SMTP, or about to be: the outcome is recorded next.
  'sending',
  'retrying',
  'sent',
  'dead-lettered',
  'cancelled',
] as const;

/** One of my in-app notifications, in my language. */
export const notificationResponse = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('A path in the web app (`/bookings/…`), or null'),
  createdAt: instant,
  readAt: instant.nullable().describe('Null while unread'),
});

/** `GET /api/notifications`: a page of my notifications (unread first) and the badge's count. */
export const inboxResponse = pageSchema(notificationResponse).extend({
  unreadCount: z.number().int().nonnegative().describe('All my unread ones, not only this page'),
});

/** My choice for one kind of notification. */
export const notificationChoiceResponse = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  essential: z.boolean().describe('Always on, both channels: the choice cannot be changed'),
  email: z.boolean(),
  inApp: z.boolean(),
});

/** `GET`/`PUT /api/notifications/preferences`: every kind a person can choose for. */
export const notificationPreferencesResponse = z.object({
  kinds: z.array(notificationChoiceResponse),
});

/** An email that failed every attempt, and what became of its notification since. */
export const failedEmailResponse = z.object({
  seq: z.number().int().positive().describe('Sequence in the DLQ stream: the handle to replay'),
  notificationId: z.string().nullable().describe('Null when the message could not be read'),
  kind: z.string().nullable(),
  recipientId: z.string().nullable(),
  error: z.string().describe('Why the last attempt failed'),
  attempts: z.number().int().nonnegative(),
  deadLetteredAt: instant,
  emailStatus: z
    .enum(EMAIL_STATUSES)
    .nullable()
    .describe('The email’s status now; null when the notification is not found'),
});

/** `GET /api/notifications/dead-letters`. */
export const failedEmailsResponse = pageSchema(failedEmailResponse);

/** `POST /api/notifications/dead-letters/replay` and `…/{seq}/replay`. */
export const emailReplayResponse = z.object({
  replayed: z.number().int().nonnegative().describe('How many emails were sent again'),
});

export type NotificationResponse = z.infer<typeof notificationResponse>;
export type InboxResponse = z.infer<typeof inboxResponse>;
export type NotificationChoiceResponse = z.infer<typeof notificationChoiceResponse>;
export type NotificationPreferencesResponse = z.infer<typeof notificationPreferencesResponse>;
export type FailedEmailResponse = z.infer<typeof failedEmailResponse>;
export type FailedEmailsResponse = z.infer<typeof failedEmailsResponse>;
export type EmailReplayResponse = z.infer<typeof emailReplayResponse>;
