import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../domain/kinds.js';
import { storedPreferences } from '../domain/preferences.js';

export const inboxQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** The app's language switch; the person's own language otherwise. */
  lang: z.enum(['fr', 'en']).optional(),
});

export const notificationParams = z.strictObject({ id: z.string().min(1).max(64) });

export const preferencesBody = z.strictObject({ kinds: storedPreferences });

export const unsubscribeParams = z.strictObject({ token: z.string().min(10).max(400) });

export const deadLetterParams = z.strictObject({ seq: z.coerce.number().int().positive() });

const choiceView = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  essential: z.boolean(),
  email: z.boolean(),
  inApp: z.boolean(),
});
export const preferencesView = z.object({ kinds: z.array(choiceView) });

export const inboxView = z.object({
  unreadCount: z.number().int(),
  nextCursor: z.string().nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(NOTIFICATION_KINDS),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      createdAt: z.string(),
      readAt: z.string().nullable(),
    }),
  ),
});
