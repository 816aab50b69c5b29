import type { Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import { offerTerms } from '../domain/policy.js';
import type { SessionRecord } from '../domain/session.js';
import {
  acceptOffer,
  declineOffer,
  expireOffer,
  offerLapsed,
  offerSeats,
} from '../domain/transitions.js';
import { bookingsInStatus } from '../store/booking.store.js';
import { change, tryChange } from './change.js';
import { releaseBooking, releaseSeats, settleSeats, takeSeats } from './claims.js';
import type { BookingsDeps } from './deps.js';

/** Offers free seats to the line, after whatever freed them; failures are logged, the sweep retries. */
export function scheduleFill(deps: BookingsDeps, sessionId: string): void {
  fillFromWaitlist(deps, sessionId).catch((error: unknown) =>
    deps.logger.warn({ err: error, sessionId }, 'could not offer freed seats yet'),
  );
}

/**
 * Free seats go to the first person in line whose party fits (a family of four does not
 * block a single person behind it when one seat is free). Steps of one session run one
 * after the other in this replica.
 */
export function fillFromWaitlist(deps: BookingsDeps, sessionId: string): Promise<void> {
  return deps.queue.run(sessionId, async () => {
    const session = await deps.sessions.get(sessionId);
    if (!session || session.status !== 'scheduled' || deps.now() >= session.startsAt) return;
    for (const waiting of (await deps.live.of(session)).waitlist()) {
      if (deps.allocator.freeSeats(sessionId, session.capacity, deps.now()) === 0) return;
      await offerTo(deps, session, waiting);
    }
  });
}

async function offerTo(
  deps: BookingsDeps,
  session: SessionRecord,
  waiting: Booking,
): Promise<void> {
  if (deps.allocator.freeSeats(session.id, session.capacity, deps.now()) < waiting.seats) return;
  const seatNos = await takeSeats(deps, session, waiting.id, waiting.seats);
  if (!seatNos) return;
  try {
    const now = deps.now();
    const terms = offerTerms(session, now, deps.policy);
    const next = await tryChange(deps, waiting, offerSeats(waiting, seatNos, terms, now));
    if (!next) await releaseSeats(deps, session.id, waiting.id, seatNos);
  } finally {
    settleSeats(deps, session.id, seatNos);
  }
}

/** A lapsed offer is expired on the way (its seats go on to the line) and refused. */
export async function accept(deps: BookingsDeps, booking: Booking): Promise<Booking> {
  const now = deps.now();
  if (offerLapsed(booking, now)) {
    await expire(deps, booking);
    throw bookingErrors.OFFER_EXPIRED();
  }
  return change(deps, booking, acceptOffer(booking, now));
}

export async function decline(
  deps: BookingsDeps,
  actorId: string,
  booking: Booking,
): Promise<Booking> {
  const next = await change(deps, booking, declineOffer(booking, actorId, deps.now()));
  await releaseBooking(deps, next);
  scheduleFill(deps, booking.sessionId);
  return next;
}

async function expire(deps: BookingsDeps, booking: Booking): Promise<void> {
  const next = await tryChange(deps, booking, expireOffer(booking, deps.now()));
  if (!next) return;
  await releaseBooking(deps, next);
  scheduleFill(deps, booking.sessionId);
}

/** The sweep: offers past their expiry move on to the next person (offers, by their status). */
export async function expireOffers(deps: BookingsDeps): Promise<number> {
  const now = deps.now();
  const expired = (await bookingsInStatus(deps.models, 'offered')).filter((b) =>
    offerLapsed(b, now),
  );
  for (const booking of expired) await expire(deps, booking);
  return expired.length;
}
