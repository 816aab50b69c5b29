import {
  newId,
  type AttendanceClosedResponse,
  type AttendanceRequest,
  type RosterBookingResponse,
  type RosterResponse,
} from '@fabrique/contracts';
import { hasRole } from '@fabrique/service-kit';
import { noRoomDetail, summariseAttendance } from '../domain/attendance.js';
import type { Booking } from '../domain/booking.js';
import { bookingErrors } from '../domain/errors.js';
import { closeRoster, walkInRecorded, type GivenAtClosing } from '../domain/roster.js';
import { isHostOf, type SessionRecord } from '../domain/session.js';
import { markAttendance, notOnRoster } from '../domain/transitions.js';
import {
  addRepair,
  addWalkIn,
  findClosure,
  findVoid,
  insertClosure,
  repairsOf,
  walkInsOf,
} from '../store/attendance.store.js';
import { bookingsOfSession, findBooking } from '../store/booking.store.js';
import { findPeople, type Person } from '../store/person.store.js';
import { sessionOrFail } from './book.js';
import { change } from './change.js';
import type { Actor, BookingsDeps } from './deps.js';

/** Attendance opens an hour before the start, for hosts checking people in at the door. */
const OPENS_BEFORE_MS = 3_600_000;

/** The session, if the caller hosts it or coordinates the network. */
export async function hostedSession(
  deps: BookingsDeps,
  actor: Actor,
  sessionId: string,
): Promise<SessionRecord> {
  const session = await sessionOrFail(deps, sessionId);
  const allowed =
    hasRole(actor, 'coordinator') || (hasRole(actor, 'host') && isHostOf(session, actor.accountId));
  if (!allowed) throw bookingErrors.NOT_A_HOST();
  return session;
}

async function assertOpenForAttendance(deps: BookingsDeps, session: SessionRecord): Promise<void> {
  if (deps.now().getTime() < session.startsAt.getTime() - OPENS_BEFORE_MS)
    throw bookingErrors.TOO_EARLY_FOR_ATTENDANCE();
  if (await findClosure(deps.models, session.id)) throw bookingErrors.ROSTER_CLOSED();
}

async function mark(
  deps: BookingsDeps,
  actor: Actor,
  session: SessionRecord,
  entry: AttendanceRequest['marks'][number],
) {
  const booking = await findBooking(deps.models, entry.bookingId);
  if (!booking) throw notOnRoster(entry.bookingId);
  const { mark, attendedSeats } = entry;
  const decision = markAttendance(
    booking,
    session,
    mark,
    attendedSeats,
    actor.accountId,
    deps.now(),
  );
  await change(deps, booking, decision);
}

/** Marks, walk-ins and repair outcomes, as hosts tap them in during the session. */
export async function recordAttendance(
  deps: BookingsDeps,
  actor: Actor,
  sessionId: string,
  body: AttendanceRequest,
): Promise<RosterResponse> {
  const session = await hostedSession(deps, actor, sessionId);
  await assertOpenForAttendance(deps, session);
  for (const entry of body.marks) await mark(deps, actor, session, entry);
  await assertRoomFor(deps, session, body.walkIns);
  for (const given of body.walkIns) {
    const walkIn = { ...given, id: given.id ?? newId(), sessionId };
    const events = walkInRecorded(walkIn, actor.accountId, deps.now());
    await deps.outbox.save(deps.models.walkIns, walkIn.id, events, () =>
      addWalkIn(deps.models, walkIn, actor.accountId, events),
    );
  }
  for (const item of body.repairs)
    await addRepair(deps.models, { ...item, id: item.id ?? newId(), sessionId }, actor.accountId);
  return rosterOf(deps, actor, sessionId);
}

/** People present: the seats marked attended and the walk-ins. */
function present(bookings: Booking[], walkIns: { seats: number }[]): number {
  const attended = bookings
    .filter((b) => b.attendance === 'attended')
    .reduce((n, b) => n + (b.attendedSeats ?? b.seats), 0);
  return attended + walkIns.reduce((n, w) => n + w.seats, 0);
}

/**
 * Walk-ins fill the seats nobody came for, not more: the session's capacity bounds the people
 * present (hours delivered are counted from them). A walk-in sent again (same id) counts once.
 */
async function assertRoomFor(
  deps: BookingsDeps,
  session: SessionRecord,
  walkIns: AttendanceRequest['walkIns'],
): Promise<void> {
  if (walkIns.length === 0) return;
  const known = await walkInsOf(deps.models, session.id);
  const ids = new Set(known.map((w) => w.id));
  const adding = walkIns.filter((w) => w.id === undefined || !ids.has(w.id));
  const now = present(await seatedBookings(deps, session.id), known);
  const wanted = adding.reduce((n, w) => n + w.seats, 0);
  if (now + wanted > session.capacity)
    throw bookingErrors.ABOVE_CAPACITY(noRoomDetail(session.capacity, now));
}

async function seatedBookings(deps: BookingsDeps, sessionId: string): Promise<Booking[]> {
  // From the database, which has the last word (marks may come from another replica).
  return (await bookingsOfSession(deps.models, sessionId)).filter((b) => b.status === 'confirmed');
}

/** Closes attendance once and emits what the fund counts; closing again changes nothing. */
/** What the session delivered, from its roster; walk-ins must fit the seats. */
async function attendanceSummary(deps: BookingsDeps, session: SessionRecord) {
  const bookings = await seatedBookings(deps, session.id);
  const people = await findPeople(deps.models, [
    ...bookings.map((b) => b.residentId),
    ...session.hostIds,
  ]);
  const walkIns = await walkInsOf(deps.models, session.id);
  if (present(bookings, walkIns) > session.capacity)
    throw bookingErrors.ABOVE_CAPACITY({
      fr: 'Retirez des personnes venues sans réservation jusqu’à ce que le nombre de présents ne dépasse plus celui des places.',
      en: 'Remove walk-ins until the people present fit the seats.',
    });
  return summariseAttendance({
    session,
    bookings,
    walkIns,
    repairs: await repairsOf(deps.models, session.id),
    communeOf: (id) => people.get(id)?.commune,
  });
}

/** Volunteers are the session's hosts or people bookings knows (accounts of the network). */
async function assertVolunteers(
  deps: BookingsDeps,
  session: SessionRecord,
  volunteers: { accountId: string }[],
) {
  const ids = volunteers.map((v) => v.accountId);
  const known = await findPeople(deps.models, ids);
  const unknown = ids.filter((id) => !session.hostIds.includes(id) && !known.has(id));
  if (unknown.length > 0) {
    const list = unknown.join(', ');
    throw bookingErrors.UNKNOWN_VOLUNTEER({
      fr: `${unknown.length > 1 ? 'Comptes inconnus' : 'Compte inconnu'} dans le réseau : ${list}.`,
      en: `No account ${list} in the network.`,
    });
  }
}

export async function closeAttendance(
  deps: BookingsDeps,
  actor: Actor,
  sessionId: string,
  given: GivenAtClosing = {},
): Promise<AttendanceClosedResponse> {
  const session = await hostedSession(deps, actor, sessionId);
  if (await findClosure(deps.models, sessionId)) throw bookingErrors.ROSTER_CLOSED();
  if (deps.now() < session.startsAt)
    throw bookingErrors.TOO_EARLY_FOR_ATTENDANCE({
      fr: 'Clôturez la présence une fois la séance commencée.',
      en: 'Close attendance once the session has started.',
    });
  await assertVolunteers(deps, session, given.volunteers ?? []);
  const summary = await attendanceSummary(deps, session);
  const { closure, report, events } = closeRoster(summary, given, actor.accountId, deps.now());
  const inserted = await deps.outbox.save(deps.models.closures, sessionId, events, () =>
    insertClosure(deps.models, sessionId, closure, events),
  );
  if (!inserted) throw bookingErrors.ROSTER_CLOSED();
  return report;
}

type OnRoster = Booking & { status: RosterBookingResponse['status'] };

const isOnRoster = (b: Booking): b is OnRoster =>
  b.status === 'confirmed' || b.status === 'offered';

function rosterRow(b: OnRoster, person: Person | undefined): RosterBookingResponse {
  return {
    bookingId: b.id,
    status: b.status,
    seats: b.seats,
    attendance: b.attendance,
    attendedSeats: b.attendedSeats,
    resident: {
      id: b.residentId,
      displayName: person?.displayName ?? null,
      email: person?.email ?? null,
      commune: person?.commune ?? null,
    },
  };
}

/** Who is coming, for the session's hosts: names and contact only to them. */
export async function rosterOf(
  deps: BookingsDeps,
  actor: Actor,
  sessionId: string,
): Promise<RosterResponse> {
  const session = await hostedSession(deps, actor, sessionId);
  const all = await bookingsOfSession(deps.models, sessionId);
  const bookings = all.filter(isOnRoster);
  const people = await findPeople(deps.models, [
    ...bookings.map((b) => b.residentId),
    ...session.hostIds,
  ]);
  const closure = await findClosure(deps.models, sessionId);
  const voided = await findVoid(deps.models, sessionId);
  return {
    sessionId,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    capacity: session.capacity,
    // Named so the one who closes can record their co-hosts' volunteer hours too.
    hosts: session.hostIds.map((id) => ({ id, displayName: people.get(id)?.displayName ?? null })),
    bookings: bookings.map((b) => rosterRow(b, people.get(b.residentId))),
    waitlisted: all.filter((b) => b.status === 'waitlisted').length,
    walkIns: (await walkInsOf(deps.models, sessionId)).map(({ id, name, commune, seats }) => ({
      id,
      name,
      commune,
      seats,
    })),
    repairs: (await repairsOf(deps.models, sessionId)).map(({ id, category, outcome }) => ({
      id,
      category,
      outcome,
    })),
    closed: closure
      ? { ...closure.summary, closedBy: closure.closedBy, closedAt: closure.closedAt.toISOString() }
      : null,
    voided: voided ? { ...voided, voidedAt: voided.voidedAt.toISOString() } : null,
  };
}
