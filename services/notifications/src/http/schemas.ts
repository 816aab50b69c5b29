import { z } from 'zod';
import { storedPreferences } from '../domain/preferences.js';
import { MAX_DEAD_LETTERS } from '../use-cases/dead-letters.js';

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

/** The dead letters listed are few: all of them in one page by default. */
export const deadLettersQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_DEAD_LETTERS).default(MAX_DEAD_LETTERS),
  cursor: z.string().min(1).max(200).optional(),
});
