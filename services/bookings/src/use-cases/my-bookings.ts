import { commonErrors } from '@fabrique/service-kit';
import { bookingsOfResidentIn, monthOf, type ResidentBooking } from '../store/booking.store.js';
import { monthsOfResident } from '../store/resident-month.store.js';
import type { Actor, BookingsDeps } from './deps.js';
import { positionOf, sessionsOf, type BookingRow } from './reads.js';

export interface MyBookingsQuery {
  when: 'upcoming' | 'past' | 'all';
  limit: number;
  cursor?: string | undefined;
}

/** How far back "my bookings" reaches, and how far ahead (sessions start at most 5 years out). */
const YEARS_BACK = 10;
export const MONTHS_AHEAD = 72;
/**
 * Months (with bookings) read per round: one, then twice as many each round (at most 24): a
 * dense history fills a page from its first month or two, a sparse one in a few rounds.
 */
const MAX_MONTHS_PER_ROUND = 24;

interface Timed {
  row: ResidentBooking;
  startsAt: number;
  endsAt: number;
}

/** The session times a booking was made for (stored with it; older ones were backfilled). */
const timed = (row: ResidentBooking): Timed => ({
  row,
  startsAt: (row.bookedStartsAt ?? row.booking.createdAt).getTime(),
  endsAt: (row.bookedEndsAt ?? row.booking.createdAt).getTime(),
});

/** Opaque cursor: the sort key (start time, then id) of the last row of the previous page. */
const cursorOf = (t: Timed) =>
  Buffer.from(`${t.startsAt}|${t.row.booking.id}`).toString('base64url');

function decodeCursor(cursor: string): { startsAt: number; id: string } {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
  const startsAt = Number(at);
  if (!Number.isFinite(startsAt) || id === '' || Math.abs(startsAt) > 8.64e15)
    throw commonErrors.BAD_CURSOR();
  return { startsAt, id };
}

const byStart = (a: Timed, b: Timed) =>
  a.startsAt - b.startsAt || (a.row.booking.id < b.row.booking.id ? -1 : 1);

/**
 * The caller's bookings: upcoming soonest first, past latest first, by the session times they
 * were made for (a session moved since shows its new time at its old place in the list). The
 * person's months with bookings come first (resident-month.store.ts), then those months by the
 * indexed `{residentId, sessionMonth}` from the cursor's month on, in rounds of growing size,
 * until the page is full (the last ten years, and what is ahead): a page costs about the same
 * with ten years of history as with one.
 */
export async function myBookings(deps: BookingsDeps, actor: Actor, query: MyBookingsQuery) {
  const now = deps.now();
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const descending = query.when === 'past';
  const floor = yearsBack(now);
  const start = after ? new Date(after.startsAt) : query.when === 'all' ? floor : now;
  // Upcoming: a session started yesterday may still be on (12 hours at most).
  const from = query.when === 'upcoming' && !after ? new Date(now.getTime() - 86_400_000) : start;
  const until = descending ? floor : new Date(now.getTime() + MONTHS_AHEAD * 2.63e9);
  const months = await bookedMonths(deps, actor.accountId, from, until, descending);
  const keep = (t: Timed) => {
    if (query.when !== 'all' && (query.when === 'upcoming') !== t.endsAt > now.getTime())
      return false;
    if (!after) return true;
    const order =
      t.startsAt - after.startsAt ||
      (t.row.booking.id < after.id ? -1 : t.row.booking.id > after.id ? 1 : 0);
    return descending ? order < 0 : order > 0;
  };
  const rows: Timed[] = [];
  for (let i = 0, size = 1; i < months.length && rows.length <= query.limit; i += size) {
    if (i > 0) size = Math.min(size * 2, MAX_MONTHS_PER_ROUND);
    const round = months.slice(i, i + size);
    const found = await bookingsOfResidentIn(deps.models, actor.accountId, round);
    rows.push(...found.map(timed).filter(keep));
  }
  rows.sort((a, b) => (descending ? -byStart(a, b) : byStart(a, b)));
  const page = rows.slice(0, query.limit);
  return {
    items: await rowsOf(deps, page),
    nextCursor: rows.length > page.length ? cursorOf(page.at(-1)!) : null,
  };
}

/** The months between `from` and `until` in which the person has bookings, in reading order. */
async function bookedMonths(
  deps: BookingsDeps,
  residentId: string,
  from: Date,
  until: Date,
  descending: boolean,
): Promise<string[]> {
  const [first, last] = descending
    ? [monthOf(until), monthOf(from)]
    : [monthOf(from), monthOf(until)];
  const months = (await monthsOfResident(deps.models, residentId)).filter(
    (m) => m >= first && m <= last,
  );
  return descending ? months.reverse() : months;
}

function yearsBack(now: Date): Date {
  const at = new Date(now);
  at.setUTCFullYear(at.getUTCFullYear() - YEARS_BACK);
  return at;
}

async function rowsOf(deps: BookingsDeps, page: Timed[]): Promise<BookingRow[]> {
  const sessions = await sessionsOf(
    deps,
    page.map((t) => t.row.booking.sessionId),
  );
  return Promise.all(
    page.map(async (t) => ({
      booking: t.row.booking,
      position: await positionOf(deps, t.row.booking),
      session: sessions.get(t.row.booking.sessionId),
    })),
  );
}
