import type { Envelope } from '@fabrique/contracts';
import { applyChange, type Booking, type BookingChange } from '../domain/booking.js';
import { insertOnce } from '@fabrique/service-kit';
import { claim } from './claim.store.js';
import { markResidentMonth } from './resident-month.store.js';
import type { BookingsModels } from './models.js';

/**
 * A booking as stored. `sessionStartsAt`/`sessionEndsAt`: the session's times when it was
 * booked (never updated), so that "my bookings" sorts and splits a person's bookings from the
 * bookings alone; older documents have none (their session is read instead).
 */
type BookingDocument = Omit<Booking, 'id'> & {
  _id: string;
  outbox?: unknown;
  sessionStartsAt?: Date;
  sessionEndsAt?: Date;
  /** The UTC month of `sessionStartsAt` (`2027-03`): a person's bookings are read by month. */
  sessionMonth?: string;
};

/** The UTC month of an instant, as bookings store it (`2027-03`). */
export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

export function toBooking(doc: BookingDocument): Booking {
  const {
    _id,
    outbox: _pending,
    sessionStartsAt: _s,
    sessionEndsAt: _e,
    sessionMonth: _m,
    ...rest
  } = doc;
  return { ...rest, id: _id };
}

/** A person's booking with the session times it was made for (see BookingDocument). */
export interface ResidentBooking {
  booking: Booking;
  bookedStartsAt: Date | undefined;
  bookedEndsAt: Date | undefined;
}

/** Every booking of a session, by its indexed `sessionId`. */
export async function bookingsOfSession(models: BookingsModels, sessionId: string) {
  const docs = await models.bookings.find({ sessionId }, { outbox: 0 }).lean<BookingDocument[]>();
  return docs.map(toBooking);
}

const asResidentBooking = (doc: BookingDocument): ResidentBooking => ({
  booking: toBooking(doc),
  bookedStartsAt: doc.sessionStartsAt,
  bookedEndsAt: doc.sessionEndsAt,
});

/**
 * A person's bookings for sessions starting in the given months, by the indexed
 * `{residentId, sessionMonth}`: one equality read per month, all at once.
 */
export async function bookingsOfResidentIn(
  models: BookingsModels,
  residentId: string,
  months: string[],
): Promise<ResidentBooking[]> {
  const pages = await Promise.all(
    months.map((sessionMonth) =>
      models.bookings.find({ residentId, sessionMonth }, { outbox: 0 }).lean<BookingDocument[]>(),
    ),
  );
  return pages.flat().map(asResidentBooking);
}

/** Every booking of a person, by the indexed `residentId` (erasure reads them all once). */
export async function bookingsOfResident(
  models: BookingsModels,
  residentId: string,
): Promise<ResidentBooking[]> {
  const docs = await models.bookings.find({ residentId }, { outbox: 0 }).lean<BookingDocument[]>();
  return docs.map(asResidentBooking);
}

/** Bookings in one status, by the indexed `status` (offers: a handful at any time). */
export async function bookingsInStatus(models: BookingsModels, status: Booking['status']) {
  const docs = await models.bookings.find({ status }, { outbox: 0 }).lean<BookingDocument[]>();
  return docs.map(toBooking);
}

export async function findBooking(
  models: BookingsModels,
  id: string,
): Promise<Booking | undefined> {
  const doc = await models.bookings.findById(id).lean<BookingDocument>();
  return doc ? toBooking(doc) : undefined;
}

export async function insertBooking(
  models: BookingsModels,
  booking: Booking,
  events: Envelope[],
  session: { startsAt: Date; endsAt: Date },
): Promise<void> {
  const { id, ...rest } = booking;
  // The person's month first: a month without its booking is harmless, the reverse is not.
  await markResidentMonth(models, booking.residentId, monthOf(session.startsAt));
  await models.bookings.create({
    _id: id,
    ...rest,
    sessionStartsAt: session.startsAt,
    sessionEndsAt: session.endsAt,
    sessionMonth: monthOf(session.startsAt),
    outbox: events,
  });
}

/**
 * Moves a booking to its next version, once. FerretDB's conditional update is not atomic, so
 * the gate is the insert of `<bookingId>:<version>`: of two concurrent changes of one version
 * (an accept racing an expiry, a cancellation delivered twice) exactly one passes; the other
 * gets `undefined` and re-reads. The claim keeps the change and its events, so that a crash
 * between claim and write is finished by `finishInterruptedTransitions`.
 */
export async function transition(
  models: BookingsModels,
  booking: Booking,
  change: BookingChange,
  events: Envelope[],
  now: Date,
): Promise<Booking | undefined> {
  const next = applyChange(booking, change);
  const gate = `${booking.id}:${next.version}`;
  const fields = { bookingId: booking.id, version: next.version, at: now, change, events };
  if (!(await claim(models.transitions, gate, fields))) return undefined;
  let written: boolean;
  try {
    written = await writeChange(models, booking.id, booking.version, change, events);
  } catch (error) {
    // Best effort: the write's own error is the one to report; a gate left behind is pruned.
    await models.transitions.deleteOne({ _id: gate }).catch(() => undefined);
    throw error;
  }
  if (written) return next;
  // The booking moved past this version already (its old gate was pruned): a stale copy.
  await models.transitions.deleteOne({ _id: gate });
  return undefined;
}

async function writeChange(
  models: BookingsModels,
  id: string,
  fromVersion: number,
  change: BookingChange,
  events: Envelope[],
): Promise<boolean> {
  // The gate already lets one writer per version through; this read only stops a writer
  // whose copy is older than the pruned gates. `_id`-only filters keep FerretDB in SQLite.
  const current = await models.bookings.findById(id, { version: 1 }).lean<{ version: number }>();
  if (current?.version !== fromVersion) return false;
  const result = await models.bookings.updateOne(
    { _id: id },
    { $set: { ...change, version: fromVersion + 1 }, $push: { outbox: { $each: events } } },
  );
  return result.matchedCount === 1;
}

/**
 * Gates older than `before` are no longer needed: a writer holding such an old version is
 * stopped by the versioned update itself (see `transition`). Keeps the collection small.
 */
export async function pruneTransitions(models: BookingsModels, before: Date): Promise<number> {
  return (await models.transitions.deleteMany({ at: { $lt: before } })).deletedCount;
}

interface StoredTransition {
  _id: string;
  bookingId: string;
  version: number;
  change: BookingChange;
  events: Envelope[];
}

/**
 * After a crash: transitions claimed since `since` whose booking never got the change are
 * written now (at startup, before this replica serves). Returns the ids of repaired bookings.
 */
export async function finishInterruptedTransitions(
  models: BookingsModels,
  since: Date,
): Promise<string[]> {
  const recent = await models.transitions
    .find({ at: { $gte: since } })
    .sort({ version: 1 })
    .lean<StoredTransition[]>();
  const repaired: string[] = [];
  for (const t of recent) {
    const booking = await findBooking(models, t.bookingId);
    if (booking?.version !== t.version - 1) continue;
    if (await writeChange(models, t.bookingId, booking.version, t.change, t.events))
      repaired.push(t.bookingId);
  }
  return repaired;
}

const MONTHS_BACKFILLED = 'bookings-session-month-v1';

/**
 * Bookings stored before they carried their session's times and month get them, once per
 * database (a marker records it): the session's times from the sessions projection, else the
 * booking's own date. The one read of the whole collection, on the first start after the
 * upgrade; safe to run again after an interruption.
 */
export async function backfillBookingMonths(
  models: BookingsModels,
  sessionTimes: (sessionId: string) => Promise<{ startsAt: Date; endsAt: Date } | undefined>,
): Promise<number> {
  if (await models.migrations.exists({ _id: MONTHS_BACKFILLED })) return 0;
  const docs = await models.bookings
    .find({}, { sessionId: 1, sessionStartsAt: 1, sessionEndsAt: 1, sessionMonth: 1, createdAt: 1 })
    .lean<BookingDocument[]>();
  let updated = 0;
  // A session is read once for all its bookings.
  const sessions = new Map<string, Promise<{ startsAt: Date; endsAt: Date } | undefined>>();
  const timesOf = (id: string) => {
    if (!sessions.has(id)) sessions.set(id, sessionTimes(id));
    return sessions.get(id)!;
  };
  for (const doc of docs) {
    if (doc.sessionMonth !== undefined) continue;
    const times = doc.sessionStartsAt
      ? { startsAt: doc.sessionStartsAt, endsAt: doc.sessionEndsAt ?? doc.sessionStartsAt }
      : ((await timesOf(doc.sessionId)) ?? { startsAt: doc.createdAt, endsAt: doc.createdAt });
    await models.bookings.updateOne(
      { _id: doc._id },
      {
        $set: {
          sessionStartsAt: times.startsAt,
          sessionEndsAt: times.endsAt,
          sessionMonth: monthOf(times.startsAt),
        },
      },
    );
    updated += 1;
  }
  await insertOnce(models.migrations, { _id: MONTHS_BACKFILLED, at: new Date() });
  return updated;
}
