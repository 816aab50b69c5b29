import { commonErrors } from '@fabrique/service-kit';
import type { Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import type { SessionRecord } from '../domain/session.js';
import {
  bookingsOfResident,
  bookingsOfSession,
  type ResidentBooking,
} from '../store/booking.store.js';
import { SessionBookings } from '../views/live-bookings.js';
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

/** A booking's place in line, from the live view of its session (waiting implies live). */
export async function positionOf(deps: BookingsDeps, booking: Booking): Promise<number | null> {
  if (booking.status !== 'waitlisted') return null;
  const session = await deps.sessions.get(booking.sessionId);
  return session ? (await bookingsOf(deps, session)).positionOf(booking) : null;
}

interface Timed {
  row: ResidentBooking;
  startsAt: number;
  endsAt: number;
}

/**
 * The session times a booking was made for (BookingDocument); bookings stored before they were
 * kept read their session once.
 */
async function timesOf(deps: BookingsDeps, rows: ResidentBooking[]): Promise<Timed[]> {
  const untimed = rows
    .filter((r) => r.bookedStartsAt === undefined)
    .map((r) => r.booking.sessionId);
  const sessions =
    untimed.length > 0 ? await sessionsOf(deps, untimed) : new Map<string, SessionRecord>();
  return rows.map((row) => {
    const session = sessions.get(row.booking.sessionId);
    const startsAt = row.bookedStartsAt ?? session?.startsAt ?? row.booking.createdAt;
    const endsAt = row.bookedEndsAt ?? session?.endsAt ?? row.booking.createdAt;
    return { row, startsAt: startsAt.getTime(), endsAt: endsAt.getTime() };
  });
}

/** Opaque cursor: the sort key (start time, then id) of the last row of the previous page. */
const cursorOf = (t: Timed) =>
  Buffer.from(`${t.startsAt}|${t.row.booking.id}`).toString('base64url');

function afterCursor(cursor: string | undefined, descending: boolean) {
  if (cursor === undefined) return () => true;
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
  const startsAt = Number(at);
  if (!Number.isFinite(startsAt) || id === '') throw commonErrors.BAD_CURSOR();
  return (t: Timed) => {
    const order =
      t.startsAt - startsAt || (t.row.booking.id < id ? -1 : t.row.booking.id > id ? 1 : 0);
    return descending ? order < 0 : order > 0;
  };
}

/**
 * The caller's bookings: upcoming soonest first, past latest first, by the session times they
 * were made for (a session moved since shows its new time at its old place in the list). Read
 * from the database by the indexed `residentId`: one person's bookings, not everyone's.
 */
export async function myBookings(deps: BookingsDeps, actor: Actor, query: MyBookingsQuery) {
  const now = deps.now().getTime();
  const timed = await timesOf(deps, await bookingsOfResident(deps.models, actor.accountId));
  const descending = query.when === 'past';
  const rows = timed
    .filter((t) => query.when === 'all' || (query.when === 'upcoming') === t.endsAt > now)
    .sort((a, b) => {
      const order = a.startsAt - b.startsAt || (a.row.booking.id < b.row.booking.id ? -1 : 1);
      return descending ? -order : order;
    })
    .filter(afterCursor(query.cursor, descending));
  const page = rows.slice(0, query.limit);
  const sessions = await sessionsOf(
    deps,
    page.map((t) => t.row.booking.sessionId),
  );
  const items = await Promise.all(
    page.map(async (t): Promise<BookingRow> => ({
      booking: t.row.booking,
      position: await positionOf(deps, t.row.booking),
      session: sessions.get(t.row.booking.sessionId),
    })),
  );
  const last = page.at(-1);
  return { items, nextCursor: rows.length > page.length && last ? cursorOf(last) : null };
}

/** A session's bookings: from the live view while it is live, else read once from the store. */
async function bookingsOf(deps: BookingsDeps, session: SessionRecord): Promise<SessionBookings> {
  if (session.endsAt > deps.now()) return deps.live.of(session);
  const ended = new SessionBookings(session.id, session.endsAt);
  for (const booking of await bookingsOfSession(deps.models, session.id)) ended.apply(booking);
  return ended;
}

/** Seats of one session, as the catalogue shows them. */
export async function availabilityOf(deps: BookingsDeps, sessionId: string) {
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
