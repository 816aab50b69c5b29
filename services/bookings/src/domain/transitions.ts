import { attendanceRecordedV1, type Envelope } from '@fabrique/contracts';
import {
  applyChange,
  type AttendanceMark,
  type Booking,
  type BookingChange,
  type CancellationCause,
} from './booking.js';
import { bookingData, bookingEvents, SOURCE } from './booking-events.js';
import { bookingErrors } from './errors.js';
import type { OfferTerms } from './policy.js';
import type { SessionRecord } from './session.js';

/** A new booking and its first event: one insert writes both. */
export interface NewBooking {
  booking: Booking;
  events: Envelope[];
}

/**
 * A booking's next state, the fields that changed and its events. The store writes `change`
 * through its version-gated transition, so the events leave only if this change won.
 */
export interface BookingTransition {
  booking: Booking;
  change: BookingChange;
  events: Envelope[];
}

function decide(
  current: Booking,
  fields: BookingChange,
  now: Date,
  eventsOf: (next: Booking) => Envelope[],
): BookingTransition {
  const change = { ...fields, updatedAt: now };
  const booking = applyChange(current, change);
  return { booking, change, events: eventsOf(booking) };
}

/** Every seat of the party was claimed (`seatNos`): the booking is confirmed. */
export function confirmBooking(draft: Booking, seatNos: number[], now: Date): NewBooking {
  const booking: Booking = { ...draft, status: 'confirmed', seatNos };
  return { booking, events: [bookingEvents.confirmed(booking, now)] };
}

/** No seat, or a line already: the booking waits with its `ticket`, at `position` in line. */
export function waitlistBooking(
  draft: Booking,
  ticket: number,
  position: number | null,
  now: Date,
): NewBooking {
  const booking: Booking = { ...draft, status: 'waitlisted', ticket };
  return { booking, events: [bookingEvents.waitlisted(booking, position, now)] };
}

/**
 * Seats claimed for someone in line: held for them until the offer expires, or confirmed
 * outright when the start is too close for anyone to answer (see `offerTerms`).
 */
export function offerSeats(
  waiting: Booking,
  seatNos: number[],
  terms: OfferTerms,
  now: Date,
): BookingTransition {
  if (terms.autoConfirm)
    return decide(waiting, { status: 'confirmed', seatNos }, now, (b) => [
      bookingEvents.promoted(b, 'auto-confirmed', now),
    ]);
  return decide(
    waiting,
    { status: 'offered', seatNos, offerExpiresAt: terms.expiresAt },
    now,
    (b) => [bookingEvents.offered(b, now)],
  );
}

function assertOffered(booking: Booking): void {
  if (booking.status !== 'offered') throw bookingErrors.NOT_OFFERED();
}

/** An offer whose time ran out: it can no longer be accepted, only expired. */
export function offerLapsed(booking: Booking, now: Date): boolean {
  return (
    booking.status === 'offered' && booking.offerExpiresAt !== null && booking.offerExpiresAt <= now
  );
}

export function acceptOffer(booking: Booking, now: Date): BookingTransition {
  assertOffered(booking);
  return decide(booking, { status: 'confirmed', offerExpiresAt: null }, now, (b) => [
    bookingEvents.promoted(b, 'accepted', now),
  ]);
}

export function declineOffer(booking: Booking, by: string, now: Date): BookingTransition {
  assertOffered(booking);
  const cancellation = { cause: 'declined' as const, reason: null, by, at: now };
  // Like every cancellation, it no longer holds an offer: no expiry left to show.
  const fields = { status: 'cancelled' as const, cancellation, offerExpiresAt: null };
  return decide(booking, fields, now, (b) => [bookingEvents.cancelled(b, now)]);
}

export function expireOffer(booking: Booking, now: Date): BookingTransition {
  assertOffered(booking);
  return decide(booking, { status: 'expired' }, now, (b) => [bookingEvents.offerExpired(b, now)]);
}

/** Who may cancel, and when, is the caller's to check (policy.ts); this is what it records. */
export function cancelBooking(
  booking: Booking,
  cause: CancellationCause,
  reason: string | null,
  by: string,
  now: Date,
): BookingTransition {
  const cancellation = { cause, reason, by, at: now };
  return decide(booking, { status: 'cancelled', cancellation, offerExpiresAt: null }, now, (b) => [
    bookingEvents.cancelled(b, now),
  ]);
}

/** The booking asked for has no seat in the session being marked. */
export const notOnRoster = (bookingId: string) =>
  bookingErrors.NOT_ON_ROSTER({
    fr: `La réservation ${bookingId} n’a pas de place dans cette séance.`,
    en: `Booking ${bookingId} has no seat in this session.`,
  });

/**
 * A host marks a confirmed booking of their session attended (with the seats that came, never
 * more than booked; all of them unless said) or a no-show (none).
 */
export function markAttendance(
  booking: Booking,
  session: Pick<SessionRecord, 'id'>,
  mark: AttendanceMark,
  attendedSeats: number | undefined,
  recordedBy: string,
  now: Date,
): BookingTransition {
  if (booking.sessionId !== session.id || booking.status !== 'confirmed')
    throw notOnRoster(booking.id);
  const seats = mark === 'attended' ? Math.min(attendedSeats ?? booking.seats, booking.seats) : 0;
  return decide(booking, { attendance: mark, attendedSeats: seats }, now, (b) => [
    attendanceRecordedV1.create(
      { subject: session.id, source: SOURCE },
      { sessionId: session.id, recordedBy, entry: { type: 'booking', booking: bookingData(b) } },
      now,
    ),
  ]);
}
