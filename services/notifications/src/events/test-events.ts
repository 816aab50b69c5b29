import {
  bookingCancelledV1,
  bookingConfirmedV1,
  bookingOfferedV1,
  bookingWaitlistedV1,
  newId,
  type BookingData,
  type SessionData,
} from '@fabrique/contracts';
import { origin } from '../test-harness.js';

/** A booking as bookings' events carry it; override any field. */
export function aBooking(
  session: SessionData,
  residentId: string,
  overrides: Partial<BookingData> = {},
): BookingData {
  return {
    bookingId: newId(),
    sessionId: session.sessionId,
    workshopId: session.workshopId,
    residentId,
    bookedBy: residentId,
    seats: 1,
    status: 'confirmed',
    seatNos: [1],
    ticket: null,
    position: null,
    offerExpiresAt: null,
    attendance: null,
    attendedSeats: null,
    createdAt: new Date().toISOString(),
    version: 1,
    ...overrides,
  };
}

export const confirmed = (booking: BookingData, time?: Date) =>
  bookingConfirmedV1.create(origin, { ...booking, status: 'confirmed' }, time);

export const waitlisted = (booking: BookingData, time?: Date) =>
  bookingWaitlistedV1.create(
    origin,
    { ...booking, status: 'waitlisted', seatNos: [], ticket: 1, position: 1 },
    time,
  );

export const offered = (booking: BookingData, offerExpiresAt: string) =>
  bookingOfferedV1.create(origin, { ...booking, status: 'offered', offerExpiresAt });

export const cancelledWithSession = (booking: BookingData, reason: string) =>
  bookingCancelledV1.create(origin, {
    ...booking,
    status: 'cancelled',
    seatNos: [],
    version: booking.version + 1,
    cause: 'session-cancelled',
    reason,
    cancelledBy: 'host',
  });
