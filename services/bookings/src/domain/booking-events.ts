import {
  bookingCancelledV1,
  bookingConfirmedV1,
  bookingOfferedV1,
  bookingOfferExpiredV1,
  bookingPromotedV1,
  bookingWaitlistedV1,
  type BookingData,
  type Envelope,
} from '@fabrique/contracts';
import type { Booking } from './booking.js';

/** The `source` of every event bookings publishes. */
export const SOURCE = 'fabrique/bookings';

/** The whole booking after the change: consumers keep their copy by `version` alone. */
export function bookingData(booking: Booking, position: number | null = null): BookingData {
  return {
    bookingId: booking.id,
    sessionId: booking.sessionId,
    workshopId: booking.workshopId,
    residentId: booking.residentId,
    bookedBy: booking.bookedBy,
    seats: booking.seats,
    status: booking.status,
    seatNos: booking.seatNos,
    ticket: booking.ticket,
    position,
    offerExpiresAt: booking.offerExpiresAt?.toISOString() ?? null,
    attendance: booking.attendance,
    attendedSeats: booking.attendedSeats,
    createdAt: booking.createdAt.toISOString(),
    version: booking.version,
  };
}

const origin = (booking: Booking) => ({ subject: booking.id, source: SOURCE });

/** The envelopes of a booking's own events, built here only (the decisions call them). */
export const bookingEvents = {
  confirmed: (b: Booking, now: Date): Envelope =>
    bookingConfirmedV1.create(origin(b), bookingData(b), now),
  waitlisted: (b: Booking, position: number | null, now: Date): Envelope =>
    bookingWaitlistedV1.create(origin(b), bookingData(b, position), now),
  offered: (b: Booking, now: Date): Envelope =>
    bookingOfferedV1.create(origin(b), bookingData(b), now),
  offerExpired: (b: Booking, now: Date): Envelope =>
    bookingOfferExpiredV1.create(origin(b), bookingData(b), now),
  promoted: (b: Booking, via: 'accepted' | 'auto-confirmed', now: Date): Envelope =>
    bookingPromotedV1.create(origin(b), { ...bookingData(b), via }, now),
  cancelled: (b: Booking, now: Date): Envelope => {
    const c = b.cancellation;
    if (!c) throw new Error('a cancelled booking carries its cancellation');
    return bookingCancelledV1.create(
      origin(b),
      { ...bookingData(b), cause: c.cause, reason: c.reason, cancelledBy: c.by },
      now,
    );
  },
};
