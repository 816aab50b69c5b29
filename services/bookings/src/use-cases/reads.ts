import { pageByOffset } from '@fabrique/service-kit';
import type { Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import type { SessionRecord } from '../domain/session.js';
import type { Actor, BookingsDeps } from './deps.js';

export interface MyBookingsQuery {
  when: 'upcoming' | 'past' | 'all';
  limit: number;
  cursor?: string | undefined;
}

export interface BookingRow {
  booking: Booking;
  position: number | null;
  session: SessionRecord | undefined;
}

export async function sessionsOf(deps: BookingsDeps, ids: string[]) {
  const sessions = await Promise.all([...new Set(ids)].map((id) => deps.sessions.get(id)));
  return new Map(sessions.filter((s) => s !== undefined).map((s) => [s.id, s]));
}

/** The caller's bookings: upcoming soonest first, past latest first. */
export async function myBookings(deps: BookingsDeps, actor: Actor, query: MyBookingsQuery) {
  const bookings = deps.index.ofResident(actor.accountId);
  const sessions = await sessionsOf(
    deps,
    bookings.map((b) => b.sessionId),
  );
  const now = deps.now();
  const startOf = (b: Booking) => sessions.get(b.sessionId)?.startsAt.getTime() ?? 0;
  const upcoming = (b: Booking) => (sessions.get(b.sessionId)?.endsAt ?? now) > now;
  const rows = bookings
    .filter((b) => query.when === 'all' || (query.when === 'upcoming') === upcoming(b))
    .sort((a, b) => (query.when === 'past' ? startOf(b) - startOf(a) : startOf(a) - startOf(b)));
  const page = pageByOffset(rows, query.limit, query.cursor);
  return {
    items: page.items.map((booking): BookingRow => ({
      booking,
      position: deps.index.positionOf(booking),
      session: sessions.get(booking.sessionId),
    })),
    nextCursor: page.nextCursor,
  };
}

/** Seats of one session, as the catalogue shows them. */
export async function availabilityOf(deps: BookingsDeps, sessionId: string) {
  const session = await deps.sessions.get(sessionId);
  if (!session) throw bookingErrors.SESSION_NOT_FOUND();
  const { held, confirmed, waitlisted } = deps.index.counts(sessionId);
  return {
    sessionId,
    capacity: session.capacity,
    confirmed,
    seatsLeft: Math.max(0, session.capacity - held),
    waitlisted,
  };
}
