import type { Booking } from '../domain/booking.js';
import type { SessionRecord } from '../domain/session.js';

export function sessionSummary(session: SessionRecord | undefined) {
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

export function bookingView(booking: Booking, position: number | null, session?: SessionRecord) {
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
    ...(session !== undefined && { session: sessionSummary(session) }),
  };
}
