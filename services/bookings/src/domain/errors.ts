import { defineErrors } from '@fabrique/contracts';

/** Error codes of the bookings service, defined once (stable: clients match on them). */
export const bookingErrors = defineErrors({
  SESSION_NOT_FOUND: { status: 404, title: 'No such session' },
  SESSION_NOT_OPEN: { status: 409, title: 'This session is not open for booking' },
  TOO_MANY_SEATS: { status: 422, title: 'Too many seats for one booking' },
  ALREADY_BOOKED: { status: 409, title: 'You already have a booking for this session' },
  BOOKING_IN_PROGRESS: {
    status: 409,
    title: 'Another booking for this person and session is being made; try again shortly',
  },
  RESIDENT_NOT_FOUND: { status: 404, title: 'No such resident' },
  NOT_ALLOWED_ON_BEHALF: {
    status: 403,
    title: 'Only a host of this session or a coordinator may book for someone else',
  },
  BOOKING_NOT_FOUND: { status: 404, title: 'No such booking' },
  NOT_YOUR_BOOKING: { status: 403, title: 'This booking is not yours' },
  BOOKING_NOT_ACTIVE: { status: 409, title: 'This booking is no longer active' },
  BOOKING_CONFLICT: {
    status: 409,
    title: 'This booking changed at the same moment; read it again and retry',
  },
  CUTOFF_PASSED: {
    status: 409,
    title: 'Too close to the start to cancel online; contact the host',
  },
  NOT_OFFERED: { status: 409, title: 'No seat is offered to this booking' },
  OFFER_EXPIRED: { status: 409, title: 'This offer has expired' },
  NOT_A_HOST: { status: 403, title: 'Only a host of this session or a coordinator may do this' },
  TOO_EARLY_FOR_ATTENDANCE: {
    status: 409,
    title: 'Attendance is recorded from one hour before the start',
  },
  ROSTER_CLOSED: { status: 409, title: 'Attendance of this session is closed' },
  ROSTER_NOT_CLOSED: { status: 409, title: 'Only a closed session’s delivery can be voided' },
  DELIVERY_VOIDED: { status: 409, title: 'This session’s delivery was already voided' },
  UNKNOWN_VOLUNTEER: { status: 422, title: 'A volunteer is someone with an account' },
  ABOVE_CAPACITY: { status: 422, title: 'More people present than the session has seats' },
  NOT_ON_ROSTER: { status: 422, title: 'This booking has no seat in this session' },
  CALENDAR_NOT_FOUND: { status: 404, title: 'No such calendar feed' },
});
