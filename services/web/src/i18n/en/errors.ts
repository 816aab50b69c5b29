import type { errors as fr } from '../fr/errors.js';

export const errors: typeof fr = {
  fallback: 'That did not work. Please try again in a moment.',
  network: 'The server does not answer. Check your connection, then try again.',
  field: 'This value is not accepted.',

  // Every service (service-kit)
  VALIDATION_FAILED: 'Some details are not right. Check them, then try again.',
  MALFORMED_JSON: 'Your request could not be read. Reload the page, then try again.',
  BAD_CURSOR: 'The list changed meanwhile. Reload the page to start it again from the top.',
  UNAUTHENTICATED: 'Your session has expired. Sign in again, then try again.',
  FORBIDDEN: 'Your account does not allow this.',
  NOT_FOUND: 'We could not find what you are looking for. It may have been removed.',
  PAYLOAD_TOO_LARGE: 'What you are sending is too long. Shorten it, then try again.',
  UNSUPPORTED_MEDIA_TYPE: 'Your request could not be read. Reload the page, then try again.',
  INTERNAL: 'Something went wrong on our side. Please try again in a moment.',
  UNAVAILABLE: 'The service is restarting. Please try again in a minute.',
  BAD_IDEMPOTENCY_KEY: 'Your request could not be handled. Reload the page, then try again.',
  IDEMPOTENCY_IN_PROGRESS:
    'Your request is already being handled. Wait a few seconds, then reload the page.',
  IDEMPOTENCY_KEY_REUSED:
    'This request was already sent with other details. Reload the page, then start again.',

  // Gateway
  RATE_LIMITED: 'Too many requests in a short time. Wait a minute, then try again.',
  UPSTREAM_UNAVAILABLE: 'This service is unavailable for now. Please try again in a few minutes.',
  AUTH_UNAVAILABLE: 'We cannot check your sign-in right now. Please try again in a few minutes.',
  UPSTREAM_TIMEOUT:
    'The service took too long to answer. Check whether your action went through before trying again.',
  // Answers without a code (a proxy or the network in between)
  HTTP_429: 'Too many requests in a short time. Wait a minute, then try again.',
  HTTP_500: 'Something went wrong on our side. Please try again in a moment.',
  HTTP_502: 'This service is unavailable for now. Please try again in a few minutes.',
  HTTP_503: 'This service is unavailable for now. Please try again in a few minutes.',
  HTTP_504: 'The service took too long to answer. Please try again in a moment.',

  // Accounts
  EMAIL_TAKEN:
    'An account already exists with this email address. Sign in, or use another address.',
  WEAK_PASSWORD:
    'This password is too easy to guess. Choose a longer one, for example a short sentence.',
  UNKNOWN_COMMUNE: 'This commune is not part of the network. Choose one from the list.',
  COMMUNE_EXISTS: 'This commune is already in the list.',
  INVALID_CREDENTIALS: 'Wrong email address or password. Check them, then try again.',
  TOO_MANY_ATTEMPTS:
    'Too many sign-in attempts failed. For your safety, wait a few minutes before trying again.',
  INVALID_REFRESH_TOKEN: 'Your session has expired. Please sign in again.',
  REFRESH_TOKEN_REUSED:
    'For your safety, your session was closed on all your devices. Please sign in again.',
  ACCOUNT_NOT_FOUND: 'This account cannot be found. Check the email address.',
  ACCOUNT_DELETED: 'This account was deleted. You can create a new one.',
  ROLE_NOT_REVOCABLE:
    'Every account keeps the right to take part in workshops: it cannot be removed.',
  EDIT_CONFLICT: 'These details changed meanwhile. Reload the page, then make your change again.',
  ORGANISATION_NOT_FOUND: 'This organisation cannot be found.',
  MUNICIPALITY_EXISTS: 'This commune already has its town hall in Fabrique.',
  MUNICIPALITY_NEEDS_COMMUNE: 'A town hall belongs to one commune: choose it.',

  // Workshops
  INVALID_RECURRENCE: 'This repetition cannot be scheduled. Check its rhythm and its end date.',
  TOO_MANY_OCCURRENCES:
    'This repetition would create too many sessions. Choose an earlier end date.',
  NOT_ON_SLOT_GRID:
    'A session starts on a 5-minute mark (10:00, 10:05…) and lasts a multiple of 5 minutes.',
  VENUE_NOT_FOUND: 'This venue cannot be found. Choose one from the list.',
  WORKSHOP_NOT_FOUND: 'This workshop cannot be found. It may have been withdrawn.',
  SESSION_NOT_FOUND: 'This session cannot be found. It may have been withdrawn.',
  UNKNOWN_KIND: 'This kind of workshop does not exist. Choose one from the list.',
  KIND_EXISTS: 'This kind of workshop already exists.',
  NOT_A_HOST: 'Only the people who run this workshop, or the coordination team, can do this.',
  CAPACITY_ABOVE_VENUE: 'That is more seats than the venue holds. Lower the number of seats.',
  CAPACITY_BELOW_CONFIRMED:
    'More people have already booked. Choose at least as many seats as confirmed bookings.',
  IN_THE_PAST: 'A session cannot start in the past. Choose a date to come.',
  TOO_FAR_AHEAD: 'A session is scheduled at most three years ahead. Choose an earlier date.',
  VENUE_BUSY: 'The venue is taken at that time. Choose another time or another venue.',
  HOST_BUSY:
    'Someone who runs this workshop already has another session at that time. Choose another time.',
  SESSION_NOT_SCHEDULED: 'This session can no longer change: it is cancelled or finished.',
  SESSION_NOT_OVER: 'A session can only be closed once it has started.',
  WORKSHOP_ARCHIVED: 'This workshop is archived: it can no longer change.',
  INVALID_TRANSITION: 'This status change is not possible for this workshop.',
  PRECONDITION_REQUIRED: 'This page is out of date. Reload it, then make your change again.',
  PRECONDITION_FAILED:
    'Someone else changed this meanwhile. Reload the page, then make your change again.',

  // Bookings
  SESSION_NOT_OPEN: 'This session is no longer open for booking. Choose another date.',
  TOO_MANY_SEATS: 'That is too many seats for one booking. Book fewer.',
  ALREADY_BOOKED: 'You already have a booking for this session. Find it in “My bookings”.',
  BOOKING_IN_PROGRESS:
    'A booking for this session is already under way. Wait a few seconds, then reload the page.',
  RESIDENT_NOT_FOUND: 'This person cannot be found. Their account may have been deleted.',
  NOT_ALLOWED_ON_BEHALF:
    'Only the people who run the session, or the coordination team, can book for someone else.',
  BOOKING_NOT_FOUND: 'This booking cannot be found.',
  NOT_YOUR_BOOKING: 'This booking belongs to someone else: you cannot change it.',
  BOOKING_NOT_ACTIVE: 'This booking is no longer active: it was already cancelled or finished.',
  BOOKING_CONFLICT: 'This booking changed at the same moment. Reload the page, then try again.',
  CUTOFF_PASSED:
    'The session starts soon: it is too late to cancel online. Please tell the person who runs it directly.',
  NOT_OFFERED: 'No seat is offered to you for this booking at the moment.',
  OFFER_EXPIRED: 'The time to accept this seat has passed: it was offered to someone else.',
  TOO_EARLY_FOR_ATTENDANCE:
    'Attendance is recorded from one hour before the session starts. Come back a little later.',
  ROSTER_CLOSED: 'Attendance for this session is already closed: it can no longer change.',
  ABOVE_CAPACITY: 'As many people are present as the session has seats: no more can be added.',
  ROSTER_NOT_CLOSED: 'Only a closed session’s delivery can be voided.',
  DELIVERY_VOIDED: 'This delivery was already voided.',
  NOT_ON_ROSTER: 'This person has no seat in this session.',
  CALENDAR_NOT_FOUND:
    'This calendar link is no longer valid. Take the link again from “My bookings”.',

  // Funds and participatory budget
  FUND_NOT_FOUND: 'This fund cannot be found.',
  FUND_EXISTS: 'This fund already exists.',
  INVALID_SHARES: 'Give a share of the target to at least one category of funders.',
  INVALID_PERIOD:
    'The period must end after it starts and last three years at most. Check the dates.',
  OUTSIDE_PERIOD: 'This date is outside the fund’s period. Check it.',
  NOT_A_MEMBER: 'You do not act on behalf of this organisation.',
  EMAIL_NOT_VERIFIED:
    'First confirm your email address with the link we sent you (you can have it sent again from “My account”).',
  VERIFICATION_LINK_INVALID:
    'This confirmation link no longer works. Ask for a new one from “My account”.',
  EMAIL_ALREADY_VERIFIED: 'Your email address is already confirmed.',
  TOO_MANY_VERIFICATION_REQUESTS:
    'You asked for several links in a row. Wait a few minutes and check your spam folder.',
  RESET_LINK_INVALID:
    'This link no longer works (already used, expired or incomplete). Ask for a new one.',
  TOO_MANY_RESET_REQUESTS: 'Too many requests for this address. Try again in a few minutes.',
  CURRENT_PASSWORD_WRONG: 'This is not your current password.',
  EMAIL_UNCHANGED: 'This is already your account’s address.',
  TOO_MANY_EMAIL_CHANGE_REQUESTS:
    'You asked for several address changes in a row. Try again in a few minutes.',
  REFERENCE_REQUIRED: 'Give the receipt reference, so that the payment is recorded only once.',
  ENTRY_NOT_FOUND: 'This entry cannot be found in the fund’s ledger.',
  NOT_REVERSIBLE: 'This entry already reverses another one: it cannot be reversed.',
  ALREADY_REVERSED: 'This entry was already reversed.',
  UNKNOWN_LINE_ITEM: 'This budget line does not exist in this fund. Choose one from the list.',
  EXPENSE_NOT_FOUND: 'This expense cannot be found.',
  OVER_BUDGET:
    'This expense is more than what is left on its budget line or in the fund. To approve it anyway, give the reason for going beyond.',
  EXPENSE_DECIDED: 'This expense was already approved or rejected.',
  DECLARATION_TOO_LARGE:
    'This amount is more than one declaration may say. Ask the fund’s treasurer to record it.',
  TOO_MANY_DECLARATIONS:
    'Many of your payments are already waiting to be checked. Wait until the treasurer has seen them.',
  DECLARATION_NOT_FOUND: 'We could not find this declared payment.',
  DECLARATION_DECIDED: 'This payment was already confirmed or refused.',
  RECEIPT_ALREADY_RECORDED:
    'This receipt is already in the ledger. Refuse the declaration so that it does not count twice.',
  STATEMENT_UNREADABLE:
    'This statement cannot be read. It needs a CSV file whose first line names the date, label and amount columns.',
  NOT_ALLOWED: 'Your account does not allow you to see or do this.',
  INVALID_ROUND: 'This voting round cannot work this way. Check its dates and its rules.',
  ABOVE_ENVELOPE:
    'This project costs more than the round’s envelope (or its commune’s). Lower its cost.',
  BALLOT_INVALID:
    'This vote does not follow the round’s rules (number of projects or budget). Check your choices.',
  WRONG_PHASE: 'This is not possible at this step of the participatory budget.',
  NOT_ELIGIBLE: 'Only residents of this round’s communes can take part.',
  ROUND_NOT_FOUND: 'This participatory budget round cannot be found.',
  BALLOT_NOT_FOUND: 'You have not voted in this round yet.',
  PROPOSAL_NOT_FOUND: 'This project cannot be found. It may have been withdrawn.',
  NOT_YOUR_PROPOSAL: 'Only the person who proposed this project can change it.',

  // Notifications
  NOTIFICATION_NOT_FOUND: 'This notification cannot be found. It may have been deleted.',
  ESSENTIAL_KIND: 'Seat offers, cancellations and changes to your sessions cannot be turned off.',
  BAD_UNSUBSCRIBE_LINK:
    'This unsubscribe link is not valid. Change your notifications in your preferences.',
  DEAD_LETTER_NOT_FOUND: 'This failed email cannot be found. It may already have been sent again.',
};
