import { hasRole } from '@fabrique/service-kit';
import { holdsSeats, isActive, type Booking, type CancellationCause } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import { assertResidentMayCancel } from '../domain/policy.js';
import { isHostOf, type SessionRecord } from '../domain/session.js';
import { cancelBooking } from '../domain/transitions.js';
import { bookingsOfResident, bookingsOfSession, findBooking } from '../store/booking.store.js';
import { findPerson } from '../store/person.store.js';
import { change, tryChange } from './change.js';
import { releaseBooking } from './claims.js';
import type { Actor, BookingsDeps } from './deps.js';
import { scheduleFill } from './offers.js';

export type BookingRole = 'resident' | 'host' | 'coordinator';

/** How the caller relates to a booking: its resident, a host of its session, a coordinator. */
export function roleOver(
  actor: Actor,
  booking: Booking,
  session: SessionRecord | undefined,
): BookingRole | undefined {
  if (hasRole(actor, 'coordinator')) return 'coordinator';
  if (session && hasRole(actor, 'host') && isHostOf(session, actor.accountId)) return 'host';
  if (booking.residentId === actor.accountId) return 'resident';
  return undefined;
}

/** Reads the booking from the database (the live view may lag another replica's change). */
export async function bookingOrFail(deps: BookingsDeps, id: string): Promise<Booking> {
  const booking = await findBooking(deps.models, id);
  if (!booking) throw bookingErrors.BOOKING_NOT_FOUND();
  return booking;
}

export async function visibleBooking(deps: BookingsDeps, actor: Actor, id: string) {
  const booking = await bookingOrFail(deps, id);
  const session = await deps.sessions.get(booking.sessionId);
  if (!roleOver(actor, booking, session)) throw bookingErrors.NOT_YOUR_BOOKING();
  return { booking, session };
}

async function end(
  deps: BookingsDeps,
  booking: Booking,
  cause: CancellationCause,
  reason: string | null,
  by: string,
  once: boolean,
): Promise<Booking | undefined> {
  const decision = cancelBooking(booking, cause, reason, by, deps.now());
  const next = once
    ? await tryChange(deps, booking, decision)
    : await change(deps, booking, decision);
  if (!next) return undefined;
  await releaseBooking(deps, next);
  if (holdsSeats(booking)) scheduleFill(deps, booking.sessionId);
  return next;
}

/** Residents until the cutoff (any time from the waiting list); hosts and coordinators any time. */
export async function cancel(
  deps: BookingsDeps,
  actor: Actor,
  id: string,
  reason: string | null,
): Promise<Booking> {
  const booking = await bookingOrFail(deps, id);
  const session = await deps.sessions.get(booking.sessionId);
  const role = roleOver(actor, booking, session);
  if (!role) throw bookingErrors.NOT_YOUR_BOOKING();
  if (!isActive(booking)) throw bookingErrors.BOOKING_NOT_ACTIVE();
  if (role === 'resident' && session)
    assertResidentMayCancel(booking, session, deps.now(), deps.policy);
  return (await end(deps, booking, role, reason, actor.accountId, false)) as Booking;
}

/**
 * The session was cancelled: every active booking ends with the host's reason, one event
 * each. Run again (a redelivered event, the sweep), it finds nothing left to do.
 */
export async function cancelSessionBookings(
  deps: BookingsDeps,
  sessionId: string,
  reason: string,
): Promise<number> {
  let cancelled = 0;
  for (const booking of await bookingsOfSession(deps.models, sessionId)) {
    if (!isActive(booking)) continue;
    if (await end(deps, booking, 'session-cancelled', reason, 'system', true)) cancelled += 1;
  }
  return cancelled;
}

/**
 * A booking written while its account was being deleted (its token accepted just before the
 * deletion reached this replica) is cancelled at once: the deletion handler marks the person
 * deleted before it cancels their bookings, so a booking written after that mark meets it
 * here, and one written before it is in the handler's read. True when it was cancelled.
 */
export async function cancelIfAccountDeleted(deps: BookingsDeps, booking: Booking) {
  const person = await findPerson(deps.models, booking.residentId);
  if (!person?.deleted) return false;
  await end(deps, booking, 'resident', 'account deleted', booking.residentId, false);
  return true;
}

/**
 * The person deleted their account: their seats and places in line for sessions not yet
 * started go to the others, one cancellation event each (run again, it finds nothing to do).
 * Past bookings stay, with the bare account id, for the attendance counts.
 */
export async function cancelBookingsOfDeletedAccount(
  deps: BookingsDeps,
  residentId: string,
): Promise<number> {
  let cancelled = 0;
  for (const { booking } of await bookingsOfResident(deps.models, residentId)) {
    if (!isActive(booking)) continue;
    const session = await deps.sessions.get(booking.sessionId);
    if (session && session.startsAt <= deps.now()) continue;
    if (await end(deps, booking, 'resident', 'account deleted', residentId, true)) cancelled += 1;
  }
  return cancelled;
}
