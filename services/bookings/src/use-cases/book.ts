import { newId } from '@fabrique/contracts';
import { commonErrors, hasRole } from '@fabrique/service-kit';
import { draftBooking, type Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import { assertBookable } from '../domain/policy.js';
import { isHostOf, type SessionRecord } from '../domain/session.js';
import { confirmBooking, waitlistBooking, type NewBooking } from '../domain/transitions.js';
import { insertBooking } from '../store/booking.store.js';
import { holdClaimId, release } from '../store/claim.store.js';
import { findPerson } from '../store/person.store.js';
import { releaseSeats, settleSeats, takeHold, takeSeats, takeTicket } from './claims.js';
import { cancelIfAccountDeleted } from './cancel.js';
import type { Actor, BookingsDeps } from './deps.js';
import { scheduleFill } from './offers.js';
import { positionOf } from './reads.js';

export interface BookRequest {
  sessionId: string;
  seats: number;
  residentId?: string | undefined;
  /** The id the Idempotency-Key layer chose (the same for every retry), else a new one. */
  bookingId?: string | undefined;
}

export interface BookResult {
  booking: Booking;
  position: number | null;
}

export async function sessionOrFail(deps: BookingsDeps, id: string): Promise<SessionRecord> {
  const session = await deps.sessions.get(id);
  if (!session)
    throw bookingErrors.SESSION_NOT_FOUND({
      fr: `Le service des réservations ne connaît pas de séance ${id}.`,
      en: `No session ${id} is known to bookings.`,
    });
  return session;
}

async function assertMayBookFor(
  deps: BookingsDeps,
  actor: Actor,
  session: SessionRecord,
  residentId: string,
) {
  const allowed =
    hasRole(actor, 'coordinator') || (hasRole(actor, 'host') && isHostOf(session, actor.accountId));
  if (!allowed) throw bookingErrors.NOT_ALLOWED_ON_BEHALF();
  const person = await findPerson(deps.models, residentId);
  if (!person || person.deleted) throw bookingErrors.RESIDENT_NOT_FOUND();
}

/**
 * A seat for everyone in the party, or a place in line. Once a line exists newcomers join
 * it, so that freed seats go to those who waited. The booking and its first event are one
 * insert; the hold, seat and ticket claims before it are given back if anything fails.
 */
export async function book(
  deps: BookingsDeps,
  actor: Actor,
  request: BookRequest,
): Promise<BookResult> {
  const result = await seatOrLine(deps, actor, request);
  if (await cancelIfAccountDeleted(deps, result.booking))
    throw commonErrors.UNAUTHENTICATED({
      fr: 'Ce compte a été supprimé.',
      en: 'This account has been deleted.',
    });
  return result;
}

async function seatOrLine(
  deps: BookingsDeps,
  actor: Actor,
  request: BookRequest,
): Promise<BookResult> {
  const session = await sessionOrFail(deps, request.sessionId);
  const residentId = request.residentId ?? actor.accountId;
  if (residentId !== actor.accountId) await assertMayBookFor(deps, actor, session, residentId);
  assertBookable(session, request.seats, deps.now(), deps.policy);
  await deps.live.of(session);
  const { seats } = request;
  const id = request.bookingId ?? newId();
  const { workshopId } = session;
  const who = { residentId, bookedBy: actor.accountId };
  const draft = draftBooking({ id, sessionId: session.id, workshopId, ...who, seats }, deps.now());
  const earlier = await takeHold(deps, session.id, residentId, draft.id);
  // A retry of a request that wrote its booking before a crash: the same answer again.
  if (earlier)
    return { booking: earlier.written, position: await positionOf(deps, earlier.written) };
  let seatNos: number[] | undefined;
  try {
    if (!deps.allocator.hasLine(session.id))
      seatNos = await takeSeats(deps, session, draft.id, request.seats);
    const result = seatNos
      ? await confirm(deps, session, draft, seatNos)
      : await waitlist(deps, session, draft);
    if (!seatNos) scheduleFill(deps, session.id);
    return result;
  } catch (error) {
    if (seatNos) await releaseSeats(deps, session.id, draft.id, seatNos);
    await release(
      deps.models.holds,
      deps.models.releases,
      holdClaimId(session.id, residentId),
      draft.id,
    );
    throw error;
  } finally {
    if (seatNos) settleSeats(deps, session.id, seatNos);
  }
}

async function write(
  deps: BookingsDeps,
  session: SessionRecord,
  { booking, events }: NewBooking,
): Promise<void> {
  await deps.outbox.save(deps.models.bookings, booking.id, events, () =>
    insertBooking(deps.models, booking, events, session),
  );
  deps.live.apply(booking);
}

async function confirm(
  deps: BookingsDeps,
  session: SessionRecord,
  draft: Booking,
  seatNos: number[],
): Promise<BookResult> {
  const decision = confirmBooking(draft, seatNos, deps.now());
  await write(deps, session, decision);
  return { booking: decision.booking, position: null };
}

async function waitlist(
  deps: BookingsDeps,
  session: SessionRecord,
  draft: Booking,
): Promise<BookResult> {
  deps.allocator.beginJoin(draft.sessionId);
  try {
    const ticket = await takeTicket(deps, draft.sessionId, draft.id);
    // Its place in line as the waiting booking will have it (the view counts by ticket).
    const position = (await deps.live.of(session)).positionOf({
      ...draft,
      status: 'waitlisted',
      ticket,
    });
    const decision = waitlistBooking(draft, ticket, position, deps.now());
    await write(deps, session, decision);
    return { booking: decision.booking, position };
  } finally {
    deps.allocator.endJoin(draft.sessionId);
  }
}
