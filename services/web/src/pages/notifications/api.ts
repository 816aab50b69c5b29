/**
 * What the notifications service answers (the types are its documented answers:
 * @fabrique/contracts, api/notifications.ts), and the calls the pages make.
 */
import type { QueryClient } from '@tanstack/preact-query';
import type {
  InboxResponse,
  NotificationChoiceResponse,
  NotificationPreferencesResponse,
  NotificationResponse,
} from '@fabrique/contracts';
import { api } from '../../api/client.js';

export type NotificationKind = NotificationResponse['kind'];

export type NotificationItem = NotificationResponse;

export type Inbox = InboxResponse;

export type KindChoice = NotificationChoiceResponse;

export type Preferences = NotificationPreferencesResponse;

export type PreferencesChange = Partial<
  Record<NotificationKind, { email?: boolean; inApp?: boolean }>
>;

/** The header's badge uses this key (badge.tsx); the list and the count move together. */
export const UNREAD_COUNT_KEY = ['notifications', 'unread-count'] as const;
export const INBOX_KEY = ['notifications', 'inbox'] as const;
export const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

export const PAGE_SIZE = 20;

export function inboxPath(locale: string, cursor: string | undefined): string {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), lang: locale });
  if (cursor) query.set('cursor', cursor);
  return `/api/notifications?${query.toString()}`;
}

export const markRead = (id: string) =>
  api<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });

export const markAllRead = () => api<void>('/api/notifications/read-all', { method: 'POST' });

/** After marking: the list (read ones move down) and the badge's count. */
export async function refreshAfterMarking(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY }),
    queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  ]);
}

/** Only a path of this app is followed inside it; anything else opens as a plain link. */
export const isAppPath = (link: string) => link.startsWith('/') && !link.startsWith('//');
