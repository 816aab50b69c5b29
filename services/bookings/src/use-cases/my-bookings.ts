import { commonErrors } from '@fabrique/service-kit';
import { bookingsOfResidentIn, monthOf, type ResidentBooking } from '../store/booking.store.js';
import { findPerson } from '../store/person.store.js';
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
 * Months read per round: one, then twice as many each round (at most two years): a dense
 * history fills a page from its first month or two, a sparse one is crossed in a few rounds.
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

/** Months from `from` in one direction, ending at `until` (both included). */
export function monthsFrom(from: Date, until: Date, step: 1 | -1): string[] {
  const months: string[] = [];
  const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  const last = monthOf(until);
  for (;;) {
    const month = monthOf(at);
    if (step > 0 ? month > last : month < last) return months;
    months.push(month);
    at.setUTCMonth(at.getUTCMonth() + step);
  }
}

/**
 * The caller's bookings: upcoming soonest first, past latest first, by the session times they
 * were made for (a session moved since shows its new time at its old place in the list). Read
 * by the indexed `{residentId, sessionMonth}` from the cursor's month on, in rounds of growing
 * size, until the page is full, never before the person registered (nor more than ten years
 * back): a page costs about the same with ten years of history as with one.
 */
export async function myBookings(deps: BookingsDeps, actor: Actor, query: MyBookingsQuery) {
  const now = deps.now();
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const descending = query.when === 'past';
  const floor = await earliestMonth(deps, actor.accountId, now);
  const start = after ? new Date(after.startsAt) : query.when === 'all' ? floor : now;
  // Upcoming: a session started yesterday may still be on (12 hours at most).
  const from = query.when === 'upcoming' && !after ? new Date(now.getTime() - 86_400_000) : start;
  const until = descending ? floor : new Date(now.getTime() + MONTHS_AHEAD * 2.63e9);
  const months = monthsFrom(from, until, descending ? -1 : 1);
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

/** Where a person's bookings can start: when they registered, at most ten years back. */
async function earliestMonth(deps: BookingsDeps, residentId: string, now: Date): Promise<Date> {
  const at = new Date(now);
  at.setUTCFullYear(at.getUTCFullYear() - YEARS_BACK);
  const registeredAt = (await findPerson(deps.models, residentId))?.registeredAt;
  return registeredAt && registeredAt > at ? registeredAt : at;
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
