import type { Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import { offerTerms } from '../domain/policy.js';
import type { SessionRecord } from '../domain/session.js';
import { bookingEvents } from '../events/booking-events.js';
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
    const terms = offerTerms(session, deps.now(), deps.policy);
    const next = await tryChange(
      deps,
      waiting,
      terms.autoConfirm
        ? { status: 'confirmed', seatNos }
        : { status: 'offered', seatNos, offerExpiresAt: terms.expiresAt },
      (b) => [
        terms.autoConfirm
          ? bookingEvents.promoted(b, 'auto-confirmed', deps.now())
          : bookingEvents.offered(b, deps.now()),
      ],
    );
    if (!next) await releaseSeats(deps, session.id, waiting.id, seatNos);
  } finally {
    settleSeats(deps, session.id, seatNos);
  }
}

export async function acceptOffer(deps: BookingsDeps, booking: Booking): Promise<Booking> {
  if (booking.status !== 'offered') throw bookingErrors.NOT_OFFERED();
  if (booking.offerExpiresAt && booking.offerExpiresAt <= deps.now()) {
    await expireOffer(deps, booking);
    throw bookingErrors.OFFER_EXPIRED();
  }
  return change(deps, booking, { status: 'confirmed', offerExpiresAt: null }, (b) => [
    bookingEvents.promoted(b, 'accepted', deps.now()),
  ]);
}

export async function declineOffer(
  deps: BookingsDeps,
  actorId: string,
  booking: Booking,
): Promise<Booking> {
  if (booking.status !== 'offered') throw bookingErrors.NOT_OFFERED();
  const cancellation = { cause: 'declined' as const, reason: null, by: actorId, at: deps.now() };
  const next = await change(deps, booking, { status: 'cancelled', cancellation }, (b) => [
    bookingEvents.cancelled(b, deps.now()),
  ]);
  await releaseBooking(deps, next);
  scheduleFill(deps, booking.sessionId);
  return next;
}

async function expireOffer(deps: BookingsDeps, booking: Booking): Promise<void> {
  const next = await tryChange(deps, booking, { status: 'expired' }, (b) => [
    bookingEvents.offerExpired(b, deps.now()),
  ]);
  if (!next) return;
  await releaseBooking(deps, next);
  scheduleFill(deps, booking.sessionId);
}

/** The sweep: offers past their expiry move on to the next person (offers, by their status). */
export async function expireOffers(deps: BookingsDeps): Promise<number> {
  const now = deps.now();
  const expired = (await bookingsInStatus(deps.models, 'offered')).filter(
    (b) => b.offerExpiresAt !== null && b.offerExpiresAt <= now,
  );
  for (const booking of expired) await expireOffer(deps, booking);
  return expired.length;
}
