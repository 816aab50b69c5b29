import type {
  BookedSessionResponse,
  BookingResponse,
  BookingWithSessionResponse,
} from '@fabrique/contracts';
import type { Booking } from '../domain/booking.js';
import type { SessionRecord } from '../domain/session.js';

export function sessionSummary(session: SessionRecord | undefined): BookedSessionResponse | null {
  if (!session) return null;
  return {
    id: session.id,
    workshopId: session.workshopId,
    title: session.title,
    kind: session.kind,
    commune: session.commune,
    venueId: session.venueId,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    status: session.status,
  };
}

/** A booking as its changes answer it. */
export function bookingView(booking: Booking, position: number | null): BookingResponse {
  return {
    id: booking.id,
    sessionId: booking.sessionId,
    workshopId: booking.workshopId,
    residentId: booking.residentId,
    bookedBy: booking.bookedBy,
    seats: booking.seats,
    status: booking.status,
    position,
    offerExpiresAt: booking.offerExpiresAt?.toISOString() ?? null,
    attendance: booking.attendance,
    cancellation: booking.cancellation && {
      cause: booking.cancellation.cause,
      reason: booking.cancellation.reason,
      at: booking.cancellation.at.toISOString(),
    },
    createdAt: booking.createdAt.toISOString(),
    updatedAt: booking.updatedAt.toISOString(),
  };
}

/** A booking as it is read, with its session (null when bookings does not know it). */
export function bookingReadView(
  booking: Booking,
  position: number | null,
  session: SessionRecord | undefined,
): BookingWithSessionResponse {
  return { ...bookingView(booking, position), session: sessionSummary(session) };
}
