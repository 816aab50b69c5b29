export { envelopeSchema, EVENT_TYPE_PATTERN, type Envelope } from './envelope.js';
export {
  defineEvent,
  type EventDefinition,
  type EventOf,
  type EventOrigin,
} from './define-event.js';
export { newId, nthId } from './ids.js';
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
  ORGANISATION_KINDS,
  ROLES,
  accountDeletedV1,
  accountSignedOutV1,
  passwordResetRequestedV1,
  emailVerificationRequestedV1,
  emailChangeRequestedV1,
  accountEmailChangedV1,
  accountEmailVerifiedV1,
  SIGN_OUT_REASONS,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
  localeSchema,
  organisationCreatedV1,
  organisationArchivedV1,
  communeAddedV1,
  communeArchivedV1,
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
export {
  AppError,
  defineErrors,
  errorSpecOf,
  type ErrorFactory,
  type ErrorSpec,
  type LocalizedFieldError,
} from './app-error.js';
export {
  countOf,
  DEFAULT_LOCALE,
  formatDateTime,
  formatDay,
  formatEuros,
  localized,
  LOCALES,
  frenchSchemaMessage,
  schemaMessage,
  type Locale,
  type Localized,
  type WordForms,
} from './localized.js';
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
  collectedSchema,
  type Collected,
  sessionDeliveryVoidedV1,
  sessionAvailabilityChangedV1,
  sessionAvailabilityChangedV2,
  type BookingData,
} from './events/bookings.js';
export {
  ENTRY_KINDS,
  FUNDER_CATEGORIES,
  declarationConfirmedV1,
  declarationMadeV1,
  contributionRecordedV1,
  declarationRejectedV1,
  contributorSchema,
  entryData,
  entryRecordedV1,
  entryReversedV1,
  expenseApprovedV1,
  expenseRejectedV1,
  expenseSubmittedV1,
  fundCreatedV1,
  fundArchivedV1,
  fundVolunteerRatesSetV1,
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
// The API's answers, service by service (see api/common.ts).
export { calendarDay, cents, instant, pageSchema, type Page } from './api/common.js';
export * from './api/accounts.js';
export * from './api/workshops.js';
export * from './api/bookings.js';
export * from './api/bookings-attendance.js';
export * from './api/funds.js';
export * from './api/notifications.js';
export * from './api/ops.js';
