import type { SweepTask } from '@fabrique/service-kit';
import type { BookingsConfig } from './config.js';
import { isActive, type Booking } from './domain/booking.js';
import { findBooking, pruneTransitions } from './store/booking.store.js';
import { hourOf, release } from './store/claim.store.js';
import { findSession } from './store/session.store.js';
import { cancelSessionBookings } from './use-cases/cancel.js';
import type { BookingsDeps } from './use-cases/deps.js';
import { expireOffers, scheduleFill } from './use-cases/offers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface ClaimDocument {
  _id: string;
  bookingId: string;
}

async function bookingOf(deps: BookingsDeps, id: string): Promise<Booking | undefined> {
  return findBooking(deps.models, id);
}

const seatNoOf = (claim: ClaimDocument) => Number(claim._id.slice(claim._id.lastIndexOf(':') + 1));

/** A seat claim is a leftover when its booking is gone, ended, or does not list that seat. */
function seatIsLeftover(claim: ClaimDocument, booking: Booking | undefined): boolean {
  if (!booking || !isActive(booking)) return true;
  const seatNo = seatNoOf(claim);
  // A waiting booking holds a seat only while an offer is being written (a crash left it).
  return booking.status === 'waitlisted' || !booking.seatNos.includes(seatNo);
}

/** How far back the periodic sweep looks (a start looks a week back, see runtime.ts). */
export const RECENT_CLAIMS_MS = 2 * 3_600_000;

/**
 * Claims made before `before`: all of them, or only those of the hours since `since`, found by
 * their indexed `hour` (a range on `at` alone is not pushed down to FerretDB's store).
 */
async function claimsBefore(
  model: BookingsDeps['models']['seats'],
  before: Date,
  since?: Date,
): Promise<ClaimDocument[]> {
  if (!since) return model.find({ at: { $lt: before } }).lean<ClaimDocument[]>();
  const claims: ClaimDocument[] = [];
  for (let t = Math.floor(since.getTime() / HOUR) * HOUR; t <= before.getTime(); t += HOUR) {
    const hour = hourOf(new Date(t));
    claims.push(...(await model.find({ hour, at: { $lt: before } }).lean<ClaimDocument[]>()));
  }
  return claims;
}

/**
 * Sessions whose bookings changed in the last `sinceMs` (a seat, hold or ticket claimed, or
 * given back), found by the claims' indexed hour: at start, their seats are published again, so
 * that a crash between a change and its availability event loses nothing.
 */
export async function recentlyActiveSessions(deps: BookingsDeps, sinceMs: number) {
  const now = deps.now();
  const since = new Date(now.getTime() - sinceMs);
  const ids = new Set<string>();
  const { seats, holds, tickets, releases } = deps.models;
  for (const model of [seats, holds, tickets, releases]) {
    for (const claim of await claimsBefore(model, new Date(now.getTime() + HOUR), since)) {
      // `<sessionId>:<n>`; a release: `<claimId>|<bookingId>|<claimedAt>`.
      const claimId = claim._id.split('|')[0] ?? '';
      ids.add(claimId.slice(0, claimId.lastIndexOf(':')));
    }
  }
  return [...ids].filter((id) => id !== '');
}

/**
 * Claims left by a crash between a claim and the write it guarded (or between a booking's end
 * and giving back its claims), older than `minAgeMs` so that a request still in flight on
 * another replica keeps its own; with `lookbackMs`, only those claimed in that time before.
 * Seats freed this way go to the waiting list.
 */
export async function releaseLeftoverClaims(
  deps: BookingsDeps,
  minAgeMs: number,
  lookbackMs?: number,
): Promise<number> {
  const before = new Date(deps.now().getTime() - minAgeMs);
  const since = lookbackMs === undefined ? undefined : new Date(before.getTime() - lookbackMs);
  let released = 0;
  const sessions = new Set<string>();
  for (const [model, isLeftover] of [
    [deps.models.seats, seatIsLeftover],
    [deps.models.holds, (_c: ClaimDocument, b: Booking | undefined) => !b || !isActive(b)],
  ] as const) {
    const claims = await claimsBefore(model, before, since);
    for (const claim of claims) {
      const booking = await bookingOf(deps, claim.bookingId);
      if (!isLeftover(claim, booking)) continue;
      if (!(await release(model, deps.models.releases, claim._id, claim.bookingId))) continue;
      released += 1;
      const sessionId = claim._id.slice(0, claim._id.lastIndexOf(':'));
      if (model === deps.models.seats) deps.allocator.released(sessionId, seatNoOf(claim));
      sessions.add(sessionId);
    }
  }
  for (const sessionId of sessions) scheduleFill(deps, sessionId);
  return released;
}

/** Bookings made while their session was being cancelled (another replica's view lagged). */
async function cancelLateBookings(deps: BookingsDeps): Promise<void> {
  for (const sessionId of deps.live.sessionIds()) {
    const bookings = deps.live.held(sessionId);
    if (!bookings || bookings.active().length === 0) continue;
    const session = await findSession(deps.models, sessionId);
    if (session?.status === 'cancelled')
      await cancelSessionBookings(deps, sessionId, 'Séance annulée');
    else if (bookings.waitlist().length > 0) scheduleFill(deps, sessionId);
  }
}

/**
 * Every `everyMs` (SWEEP_INTERVAL_MS): offers that expired, claims a crash left. The rest
 * filters on date ranges, which FerretDB reads from the whole collection: 20 times less often
 * (5 min by default). FerretDB has no TTL indexes; these are what removes old records.
 */
export function sweepTasks(
  deps: BookingsDeps,
  config: Pick<BookingsConfig, 'SWEEP_INTERVAL_MS' | 'LEFTOVER_CLAIM_AGE_MS'>,
): SweepTask[] {
  const { SWEEP_INTERVAL_MS: everyMs, LEFTOVER_CLAIM_AGE_MS: leftoverAgeMs } = config;
  const rarely = 20 * everyMs;
  const daysAgo = (days: number) => new Date(deps.now().getTime() - days * DAY);
  return [
    // Ended sessions leave the live view (views/live-bookings.ts).
    { name: 'ended sessions', everyMs, run: () => deps.live.dropEnded(deps.now()) },
    { name: 'offers', everyMs, run: () => expireOffers(deps) },
    {
      name: 'leftover claims',
      everyMs,
      run: () => releaseLeftoverClaims(deps, leftoverAgeMs, RECENT_CLAIMS_MS),
    },
    { name: 'late bookings', everyMs: rarely, run: () => cancelLateBookings(deps) },
    {
      name: 'old transitions',
      everyMs: rarely,
      run: () => pruneTransitions(deps.models, daysAgo(2)),
    },
    {
      name: 'old releases',
      everyMs: rarely,
      run: () => deps.models.releases.deleteMany({ at: { $lt: daysAgo(2) } }),
    },
  ];
}
