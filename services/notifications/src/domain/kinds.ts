import { NOTIFICATION_KINDS } from '@fabrique/contracts';

/**
 * What a notification is about (the list is the API's: contracts). Essential kinds change
 * where a person must be and when (an offer to answer, a cancelled or moved session, a seat
 * given): nobody can turn them off. Round phases reach only the voters who asked for them.
 */
export { NOTIFICATION_KINDS };

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const CHANNELS = ['email', 'inApp'] as const;
export type Channel = (typeof CHANNELS)[number];

const ESSENTIAL: ReadonlySet<NotificationKind> = new Set([
  'booking-offered',
  'booking-cancelled',
  'booking-promoted',
  'session-rescheduled',
  'session-cancelled',
  // A password or address changed: the person must know, in case it was not them.
  'account-security',
]);

/**
 * Links that open an account (a new password, a new address): by email only, to the address itself, never
 * in the app (where whoever holds the session would see them), and not a preference.
 */
const ACCOUNT_LINKS: ReadonlySet<NotificationKind> = new Set([
  'password-reset-link',
  'email-verification-link',
  'email-change-link',
]);

export const isAccountLink = (kind: NotificationKind): boolean => ACCOUNT_LINKS.has(kind);

/** Opt-in kinds: off until the person turns them on. */
const OPT_IN: ReadonlySet<NotificationKind> = new Set(['round-phase']);

export function isEssential(kind: NotificationKind): boolean {
  return ESSENTIAL.has(kind);
}

export function isOnByDefault(kind: NotificationKind): boolean {
  return !OPT_IN.has(kind);
}
