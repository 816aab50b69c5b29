import type { BookingData } from '@fabrique/contracts';
import type { Booking } from '../domain/booking.js';

/**
 * Back from an event to a booking, for other replicas' indexes (the reverse of the domain's
 * `bookingData`). The times the events do not carry are those of receipt.
 */
export function bookingFromData(data: BookingData & Record<string, unknown>): Booking {
  const cancellation =
    typeof data.cause === 'string'
      ? {
          cause: data.cause as NonNullable<Booking['cancellation']>['cause'],
          reason: typeof data.reason === 'string' ? data.reason : null,
          by: String(data.cancelledBy),
          at: new Date(),
        }
      : null;
  return {
    id: data.bookingId,
    sessionId: data.sessionId,
    workshopId: data.workshopId,
    residentId: data.residentId,
    bookedBy: data.bookedBy,
    seats: data.seats,
    status: data.status,
    seatNos: data.seatNos,
    ticket: data.ticket,
    offerExpiresAt: data.offerExpiresAt ? new Date(data.offerExpiresAt) : null,
    attendance: data.attendance,
    attendedSeats: data.attendedSeats,
    cancellation,
    createdAt: new Date(data.createdAt),
    updatedAt: new Date(),
    version: data.version,
  };
}
