import { on, type Subscription } from '@fabrique/bus';
import {
  accountDeletedV1,
  accountSignedOutV1,
  passwordResetRequestedV1,
  emailVerificationRequestedV1,
  emailChangeRequestedV1,
  accountEmailChangedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  bookingCancelledV1,
  bookingConfirmedV1,
  bookingOfferExpiredV1,
  bookingOfferedV1,
  bookingPromotedV1,
  bookingWaitlistedV1,
  emailRequestedV1,
  fundCreatedV1,
  organisationMembershipChangedV1,
  roundPhaseChangedV1,
  sessionAttendanceClosedV1,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  sessionCompletedV1,
  sessionRescheduledV1,
  sessionScheduledV1,
  shareBehindV1,
  declarationConfirmedV1,
  declarationRejectedV1,
  venueRegisteredV1,
  venueUpdatedV1,
} from '@fabrique/contracts';
import type { NotificationsDeps } from '../use-cases/deps.js';
import {
  onAccountDeleted,
  onSignedOut,
  onPasswordResetRequested,
  onEmailVerificationRequested,
  onEmailChangeRequested,
  onAccountEmailChanged,
  onAccountRegistered,
  onAccountUpdated,
  onMembershipChanged,
} from './handlers/accounts.handler.js';
import { onBookingEvent } from './handlers/bookings.handler.js';
import { onEmailRequested, type EmailDeps } from './handlers/email.handler.js';
import {
  onAttendanceClosed,
  onFundCreated,
  onRoundPhaseChanged,
  onContributionDecided,
  onShareBehind,
} from './handlers/funds.handler.js';
import {
  onSessionCancelled,
  onSessionChanged,
  onSessionRescheduled,
  onVenueChanged,
} from './handlers/workshops.handler.js';

/** Turns the other services' events into notifications (and keeps what that needs). */
export const EVENTS_DURABLE = 'notifications--events';
/** Sends the emails, with its own retries and dead letters. */
export const EMAIL_DURABLE = 'notifications--email';

/** Events this service consumes: subject → schema → handler. */
export function subscriptions(deps: NotificationsDeps): Subscription[] {
  const { models } = deps;
  const booking = onBookingEvent(deps);
  return [
    on(accountRegisteredV1, onAccountRegistered(models)),
    on(accountUpdatedV1, onAccountUpdated(models)),
    on(accountDeletedV1, onAccountDeleted(models)),
    on(accountSignedOutV1, onSignedOut(deps)),
    on(passwordResetRequestedV1, onPasswordResetRequested(deps)),
    on(emailVerificationRequestedV1, onEmailVerificationRequested(deps)),
    on(emailChangeRequestedV1, onEmailChangeRequested(deps)),
    on(accountEmailChangedV1, onAccountEmailChanged(deps)),
    on(organisationMembershipChangedV1, onMembershipChanged(models)),
    on(venueRegisteredV1, onVenueChanged(models)),
    on(venueUpdatedV1, onVenueChanged(models)),
    on(sessionScheduledV1, onSessionChanged(models)),
    on(sessionCapacityChangedV1, onSessionChanged(models)),
    on(sessionCompletedV1, onSessionChanged(models)),
    on(sessionRescheduledV1, onSessionRescheduled(deps)),
    on(sessionCancelledV1, onSessionCancelled(deps)),
    on(bookingConfirmedV1, booking),
    on(bookingWaitlistedV1, booking),
    on(bookingOfferedV1, booking),
    on(bookingOfferExpiredV1, booking),
    on(bookingCancelledV1, booking),
    on(bookingPromotedV1, booking),
    on(sessionAttendanceClosedV1, onAttendanceClosed(deps)),
    on(fundCreatedV1, onFundCreated(models)),
    on(shareBehindV1, onShareBehind(deps)),
    on(declarationConfirmedV1, onContributionDecided(deps)),
    on(declarationRejectedV1, onContributionDecided(deps)),
    on(roundPhaseChangedV1, onRoundPhaseChanged(deps)),
  ];
}

export function emailSubscriptions(deps: EmailDeps): Subscription[] {
  return [on(emailRequestedV1, onEmailRequested(deps))];
}
