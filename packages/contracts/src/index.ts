export { envelopeSchema, EVENT_TYPE_PATTERN, type Envelope } from './envelope.js';
export {
  defineEvent,
  type EventDefinition,
  type EventOf,
  type EventOrigin,
} from './define-event.js';
export { newId } from './ids.js';
export {
  CONTEXTS,
  DLQ_STREAM,
  contextOfSubject,
  streamNameOf,
  subjectOfType,
  type Context,
} from './subjects.js';
export {
  ERROR_CODE_PATTERN,
  PROBLEM_CONTENT_TYPE,
  fieldErrorSchema,
  problemSchema,
  problemTypeOf,
  type FieldError,
  type Problem,
} from './problem.js';
export {
  LOCALES,
  ORGANISATION_KINDS,
  ROLES,
  accountDeletedV1,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
  localeSchema,
  organisationCreatedV1,
  organisationKindSchema,
  organisationMembershipChangedV1,
  roleSchema,
} from './events/accounts.js';
export {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  accessTokenClaimsSchema,
  type AccessTokenClaims,
} from './auth.js';
export { AppError, defineErrors, type ErrorFactory, type ErrorSpec } from './app-error.js';
export {
  SESSION_STATUSES,
  WORKSHOP_STATUSES,
  sessionCancelledV1,
  sessionCapacityChangedV1,
  sessionCompletedV1,
  sessionData,
  sessionRescheduledV1,
  sessionScheduledV1,
  venueRegisteredV1,
  venueUpdatedV1,
  workshopArchivedV1,
  workshopPublishedV1,
  workshopUpdatedV1,
  type SessionData,
} from './events/workshops.js';
export {
  ATTENDANCE_MARKS,
  BOOKING_STATUSES,
  CANCELLATION_CAUSES,
  REPAIR_OUTCOMES,
  attendanceRecordedV1,
  bookingCancelledV1,
  bookingConfirmedV1,
  bookingData,
  bookingOfferExpiredV1,
  bookingOfferedV1,
  bookingPromotedV1,
  bookingWaitlistedV1,
  sessionAttendanceClosedV1,
  sessionDeliveryVoidedV1,
  sessionAvailabilityChangedV1,
  sessionAvailabilityChangedV2,
  type BookingData,
} from './events/bookings.js';
export {
  ENTRY_KINDS,
  FUNDER_CATEGORIES,
  contributionConfirmedV1,
  contributionDeclaredV1,
  contributionRecordedV1,
  contributionRejectedV1,
  contributorSchema,
  entryData,
  entryRecordedV1,
  entryReversedV1,
  expenseApprovedV1,
  expenseRejectedV1,
  expenseSubmittedV1,
  fundCreatedV1,
  funderCategorySchema,
  pledgeRecordedV1,
  shareBehindV1,
  type EntryData,
} from './events/funds.js';
export {
  ROUND_PHASES,
  ballotCastV1,
  projectSelectedV1,
  proposalReviewedV1,
  proposalSubmittedV1,
  roundOpenedV1,
  roundPhaseChangedV1,
  roundResultsPublishedV1,
} from './events/rounds.js';
export { emailRequestedV1 } from './events/notifications.js';
