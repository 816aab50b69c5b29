import { isActive, type Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import type { SessionRecord } from '../domain/session.js';
import { findBooking } from '../store/booking.store.js';
import {
  claim,
  claimFields,
  holdClaimId,
  release,
  seatClaimId,
  ticketClaimId,
} from '../store/claim.store.js';
import type { BookingsDeps } from './deps.js';

/** A hold without a booking this old comes from a crashed attempt: it is given back. */
const ABANDONED_HOLD_MS = 60_000;

/**
 * One active booking per person and session: the hold `<sessionId>:<residentId>`. A hold of
 * this very booking id is an earlier attempt of the same request (a retry with its
 * Idempotency-Key after a crash): its booking, when written, is answered again; otherwise
 * the hold is taken over, and the seats that attempt claimed are given back first.
 */
export async function takeHold(
  deps: BookingsDeps,
  sessionId: string,
  residentId: string,
  bookingId: string,
): Promise<{ written: Booking } | undefined> {
  const id = holdClaimId(sessionId, residentId);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const now = deps.now();
    if (await claim(deps.models.holds, id, claimFields(bookingId, now))) return undefined;
    const holder = await deps.models.holds.findById(id).lean<{ bookingId: string; at: Date }>();
    if (!holder) continue;
    const held = await findBooking(deps.models, holder.bookingId);
    if (holder.bookingId === bookingId) {
      if (held) return { written: held };
      await releaseSeatsOf(deps, sessionId, bookingId);
      return undefined;
    }
    if (held && isActive(held))
      throw bookingErrors.ALREADY_BOOKED(
        { fr: `Votre réservation : ${held.id}.`, en: `Your booking is ${held.id}.` },
        // The id itself, the same in every language: clients read it to show that booking.
        { errors: [{ path: 'bookingId', message: { fr: held.id, en: held.id } }] },
      );
    if (!held && now.getTime() - holder.at.getTime() < ABANDONED_HOLD_MS)
      throw bookingErrors.BOOKING_IN_PROGRESS();
    await release(deps.models.holds, deps.models.releases, id, holder.bookingId);
  }
  throw bookingErrors.BOOKING_IN_PROGRESS();
}

/** Seats an earlier, crashed attempt of this booking claimed: given back before it resumes. */
async function releaseSeatsOf(deps: BookingsDeps, sessionId: string, bookingId: string) {
  const claimed = await deps.models.seats.find({ bookingId }, { _id: 1 }).lean<{ _id: string }[]>();
  const seats = claimed.map((c) => Number(c._id.slice(c._id.lastIndexOf(':') + 1)));
  await releaseSeats(deps, sessionId, bookingId, seats);
}

/**
 * All `count` seats or none: inserts seat claims on candidate numbers until enough succeed
 * or none is left, then gives back a partial haul. Returns the seat numbers, or undefined.
 */
export async function takeSeats(
  deps: BookingsDeps,
  session: SessionRecord,
  bookingId: string,
  count: number,
): Promise<number[] | undefined> {
  const taken: number[] = [];
  const tried: number[] = [];
  try {
    while (taken.length < count) {
      const seat = deps.allocator.reserveSeat(session.id, session.capacity, deps.now());
      if (seat === undefined) break;
      tried.push(seat);
      const id = seatClaimId(session.id, seat);
      if (await claim(deps.models.seats, id, claimFields(bookingId, deps.now()))) taken.push(seat);
      else deps.allocator.takenElsewhere(session.id, seat, deps.now());
    }
    if (taken.length === count) return taken;
    await releaseSeats(deps, session.id, bookingId, taken);
    return undefined;
  } finally {
    // Taken seats stay reserved until the caller wrote the booking (see `settleSeats`).
    deps.allocator.unreserve(
      session.id,
      tried.filter((s) => taken.length < count || !taken.includes(s)),
    );
  }
}

/** Once the booking that holds them is in the live view, seats need no reservation any more. */
export function settleSeats(deps: BookingsDeps, sessionId: string, seats: number[]): void {
  deps.allocator.unreserve(sessionId, seats);
}

export async function releaseSeats(
  deps: BookingsDeps,
  sessionId: string,
  bookingId: string,
  seats: number[],
): Promise<void> {
  for (const seat of seats) {
    await release(deps.models.seats, deps.models.releases, seatClaimId(sessionId, seat), bookingId);
    deps.allocator.released(sessionId, seat);
  }
}

/** A place in line: the next free ticket number of the session. */
export async function takeTicket(
  deps: BookingsDeps,
  sessionId: string,
  bookingId: string,
): Promise<number> {
  for (;;) {
    const ticket = deps.allocator.nextTicket(sessionId);
    const id = ticketClaimId(sessionId, ticket);
    if (await claim(deps.models.tickets, id, claimFields(bookingId, deps.now()))) return ticket;
  }
}

/** A booking that ended gives back its seats and its hold (tickets are never reused). */
export async function releaseBooking(deps: BookingsDeps, booking: Booking): Promise<void> {
  await releaseSeats(deps, booking.sessionId, booking.id, booking.seatNos);
  await release(
    deps.models.holds,
    deps.models.releases,
    holdClaimId(booking.sessionId, booking.residentId),
    booking.id,
  );
}
