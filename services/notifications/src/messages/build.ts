import type { NotificationContext } from '../domain/context.js';
import {
  accountSecurity,
  emailChangeLink,
  emailVerificationLink,
  passwordResetLink,
} from './account-messages.js';
import type { Catalogue, Links, Message, MessageBuilders } from './catalogue.js';
import {
  attendanceThanks,
  contributionDecided,
  roundPhase,
  shareBehind,
} from './money-messages.js';
import {
  bookingCancelled,
  bookingConfirmed,
  bookingOffered,
  bookingOfferExpired,
  bookingPromoted,
  bookingWaitlisted,
  sessionCancelled,
  sessionReminder,
  sessionRescheduled,
} from './session-messages.js';
import { withTypography } from './typography.js';

/** One builder per kind, shared by every language: a language only brings its words. */
const MESSAGES: MessageBuilders = {
  'booking-confirmed': bookingConfirmed,
  'booking-waitlisted': bookingWaitlisted,
  'booking-offered': bookingOffered,
  'booking-offer-expired': bookingOfferExpired,
  'booking-cancelled': bookingCancelled,
  'booking-promoted': bookingPromoted,
  'session-rescheduled': sessionRescheduled,
  'session-cancelled': sessionCancelled,
  'session-reminder': sessionReminder,
  'attendance-thanks': attendanceThanks,
  'share-behind': shareBehind,
  'contribution-decided': contributionDecided,
  'round-phase': roundPhase,
  'account-security': accountSecurity,
  'password-reset-link': passwordResetLink,
  'email-verification-link': emailVerificationLink,
  'email-change-link': emailChangeLink,
};

/**
 * The message of `context` in `catalogue`'s language. TypeScript cannot relate a union
 * member to its own entry of a mapped type, hence the one cast, checked by the mapping.
 */
export function buildMessage(
  catalogue: Catalogue,
  context: NotificationContext,
  links: Links,
): Message {
  const builder = MESSAGES[context.kind] as (
    c: NotificationContext,
    catalogue: Catalogue,
    links: Links,
  ) => Message;
  return withTypography(builder(context, catalogue, links), catalogue.typography);
}
