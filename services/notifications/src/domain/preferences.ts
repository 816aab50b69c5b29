import { z } from 'zod';
import type { NotificationChoiceResponse } from '@fabrique/contracts';
import { notificationErrors } from './errors.js';
import {
  NOTIFICATION_KINDS,
  isAccountLink,
  isEssential,
  isOnByDefault,
  type Channel,
  type NotificationKind,
} from './kinds.js';

const channelChoice = z.object({ email: z.boolean(), inApp: z.boolean() }).partial().strict();
/** What a person chose, kind by kind; a kind or channel left out keeps its default. */
export const storedPreferences = z.partialRecord(z.enum(NOTIFICATION_KINDS), channelChoice);
export type StoredPreferences = z.infer<typeof storedPreferences>;
export type ChannelChoice = Record<Channel, boolean>;

export function channelsFor(stored: StoredPreferences, kind: NotificationKind): ChannelChoice {
  if (isAccountLink(kind)) return { email: true, inApp: false };
  if (isEssential(kind)) return { email: true, inApp: true };
  const fallback = isOnByDefault(kind);
  const chosen = stored[kind] ?? {};
  return { email: chosen.email ?? fallback, inApp: chosen.inApp ?? fallback };
}

export function preferencesView(stored: StoredPreferences): NotificationChoiceResponse[] {
  return NOTIFICATION_KINDS.filter((kind) => !isAccountLink(kind)).map((kind) => ({
    kind,
    essential: isEssential(kind),
    ...channelsFor(stored, kind),
  }));
}

/** Merges a change into what was stored; turning an essential kind off is refused, not ignored. */
export function applyChoices(
  stored: StoredPreferences,
  change: StoredPreferences,
): StoredPreferences {
  const merged: StoredPreferences = { ...stored };
  for (const kind of NOTIFICATION_KINDS) {
    const choice = change[kind];
    if (!choice) continue;
    if (isEssential(kind) && (choice.email === false || choice.inApp === false))
      throw notificationErrors.ESSENTIAL_KIND({
        fr: `La notification « ${kind} » est indispensable.`,
        en: `“${kind}” is essential.`,
      });
    merged[kind] = { ...merged[kind], ...choice };
  }
  return merged;
}
