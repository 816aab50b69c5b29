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
import {
  onBookingCancelled,
  onBookingConfirmed,
  onBookingOffered,
  onBookingOfferExpired,
  onBookingPromoted,
  onBookingWaitlisted,
} from './handlers/bookings.handler.js';
import { onEmailRequested, type EmailDeps } from './handlers/email.handler.js';
import {
  onAttendanceClosed,
  onFundCreated,
  onRoundPhaseChanged,
  onDeclarationConfirmed,
  onDeclarationRejected,
  onShareBehind,
} from './handlers/funds.handler.js';
import {
  onSessionCancelled,
  onSessionChanged,
  onSessionRescheduled,
  onVenueChanged,
} from './handlers/workshops.handler.js';

export { EMAIL_DURABLE, EVENTS_DURABLE } from '../durables.js';

/** Events this service consumes: subject → schema → handler. */
export function subscriptions(deps: NotificationsDeps): Subscription[] {
  const { models } = deps;
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
    on(bookingConfirmedV1, onBookingConfirmed(deps)),
    on(bookingWaitlistedV1, onBookingWaitlisted(deps)),
    on(bookingOfferedV1, onBookingOffered(deps)),
    on(bookingOfferExpiredV1, onBookingOfferExpired(deps)),
    on(bookingCancelledV1, onBookingCancelled(deps)),
    on(bookingPromotedV1, onBookingPromoted(deps)),
    on(sessionAttendanceClosedV1, onAttendanceClosed(deps)),
    on(fundCreatedV1, onFundCreated(models)),
    on(shareBehindV1, onShareBehind(deps)),
    on(declarationConfirmedV1, onDeclarationConfirmed(deps)),
    on(declarationRejectedV1, onDeclarationRejected(deps)),
    on(roundPhaseChangedV1, onRoundPhaseChanged(deps)),
  ];
}

export function emailSubscriptions(deps: EmailDeps): Subscription[] {
  return [on(emailRequestedV1, onEmailRequested(deps))];
}
