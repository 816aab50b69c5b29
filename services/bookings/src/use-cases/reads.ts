import type { SessionAvailabilityResponse } from '@fabrique/contracts';
import type { Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import type { SessionRecord } from '../domain/session.js';
import { bookingsOfSession } from '../store/booking.store.js';
import { SessionBookings } from '../views/live-bookings.js';
import type { BookingsDeps } from './deps.js';

export interface BookingRow {
  booking: Booking;
  position: number | null;
  session: SessionRecord | undefined;
}

export async function sessionsOf(deps: BookingsDeps, ids: string[]) {
  const sessions = await Promise.all([...new Set(ids)].map((id) => deps.sessions.get(id)));
  return new Map(sessions.filter((s) => s !== undefined).map((s) => [s.id, s]));
}

/** A booking's place in line, from the live view of its session (waiting implies live). */
export async function positionOf(deps: BookingsDeps, booking: Booking): Promise<number | null> {
  if (booking.status !== 'waitlisted') return null;
  const session = await deps.sessions.get(booking.sessionId);
  return session ? (await bookingsOf(deps, session)).positionOf(booking) : null;
}

/** A session's bookings: from the live view while it is live, else read once from the store. */
async function bookingsOf(deps: BookingsDeps, session: SessionRecord): Promise<SessionBookings> {
  if (session.endsAt > deps.now()) return deps.live.of(session);
  const ended = new SessionBookings(session.id, session.endsAt);
  for (const booking of await bookingsOfSession(deps.models, session.id)) ended.apply(booking);
  return ended;
}

/** Seats of one session, as the catalogue shows them. */
export async function availabilityOf(
  deps: BookingsDeps,
  sessionId: string,
): Promise<SessionAvailabilityResponse> {
  const session = await deps.sessions.get(sessionId);
  if (!session) throw bookingErrors.SESSION_NOT_FOUND();
  const { held, confirmed, waitlisted } = (await bookingsOf(deps, session)).counts();
  return {
    sessionId,
    capacity: session.capacity,
    confirmed,
    seatsLeft: Math.max(0, session.capacity - held),
    waitlisted,
  };
}
