import type { Envelope } from '@fabrique/contracts';
import { backfillOnce, findByIds, isDuplicateKeyError } from '@fabrique/service-kit';
import { MAX_RECURRENCE_YEARS } from '../domain/recurrence.js';
import type { Session } from '../domain/session.js';
import { MAX_YEARS_AHEAD } from '../domain/slots.js';
import type { WorkshopsModels } from './models.js';
import { fromDocument, toDocument, writeIfVersion } from './versioned-write.js';

type SessionDocument = Omit<Session, 'id'> & { _id: string; endMonth?: string };

/** The UTC month a session ends in (`2026-12`), stored so that live sessions are read by month. */
export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

/**
 * How far ahead the live catalogue is read: a session starts at most MAX_YEARS_AHEAD years out
 * and a repetition adds at most MAX_RECURRENCE_YEARS (domain/slots.ts, recurrence.ts); a year
 * more in case those bounds were wider when older sessions were scheduled.
 */
const LIVE_MONTHS_AHEAD = 12 * (MAX_YEARS_AHEAD + MAX_RECURRENCE_YEARS + 1);

/** A session as stored: the domain's fields, its end month, its events. */
export function sessionDocument(session: Session, events: Envelope[] = []) {
  return { ...toDocument(session, events), endMonth: monthOf(session.endsAt) };
}

function fromSessionDocument(doc: SessionDocument): Session {
  const { endMonth: _month, ...rest } = doc;
  return fromDocument(rest);
}

/**
 * Writes a new session with its events; false when a session with its id is already there: an
 * earlier attempt of the same request (its ids come from the request's Idempotency-Key) wrote it.
 */
export async function insertSession(
  models: WorkshopsModels,
  session: Session,
  events: Envelope[],
): Promise<boolean> {
  try {
    await models.sessions.create(sessionDocument(session, events));
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

export async function findSession(
  models: WorkshopsModels,
  id: string,
): Promise<Session | undefined> {
  const doc = await models.sessions.findById(id, { outbox: 0 }).lean<SessionDocument>();
  return doc ? fromSessionDocument(doc) : undefined;
}

export async function saveSession(
  models: WorkshopsModels,
  readVersion: number,
  session: Session,
  events: Envelope[],
): Promise<boolean> {
  const { id, ...fields } = session;
  const stored = { ...fields, endMonth: monthOf(session.endsAt) };
  return writeIfVersion(models.sessions, id, readVersion, stored, events);
}

/** The months from the one of `from` to the one before `to`, oldest first. */
function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  const month = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  for (; month < to; month.setUTCMonth(month.getUTCMonth() + 1)) months.push(monthOf(month));
  return months;
}

/** Sessions ending in [from, to), by their indexed end month. */
export async function sessionsEndingBetween(
  models: WorkshopsModels,
  from: Date,
  to: Date,
): Promise<Session[]> {
  const found: Session[] = [];
  for (const endMonth of monthsBetween(from, to)) {
    const docs = await models.sessions.find({ endMonth }, { outbox: 0 }).lean<SessionDocument[]>();
    for (const doc of docs)
      if (doc.endsAt >= from && doc.endsAt < to) found.push(fromSessionDocument(doc));
  }
  return found;
}

/** When the live catalogue stops looking ahead. */
function liveHorizon(now: Date): Date {
  const until = new Date(now);
  until.setUTCMonth(until.getUTCMonth() + LIVE_MONTHS_AHEAD);
  return until;
}

/** Sessions that have not ended: what the live catalogue holds. */
export function liveSessions(models: WorkshopsModels, now: Date): Promise<Session[]> {
  return sessionsEndingBetween(models, now, liveHorizon(now));
}

/** Seats left of the sessions that have not ended, by the months their sessions end in. */
export async function liveAvailability(models: WorkshopsModels, now: Date) {
  const found: { _id: string; seatsLeft: number; sequence?: number }[] = [];
  for (const endMonth of monthsBetween(now, liveHorizon(now))) {
    found.push(
      ...(await models.availability
        .find({ endMonth })
        .lean<{ _id: string; seatsLeft: number; sequence?: number }[]>()),
    );
  }
  return found;
}

/**
 * Seats left of given sessions, by id: those whose seats the months did not give (no booking
 * yet, seats stored before they had a month, or a session moved to another month since).
 */
export function availabilityOfSessions(models: WorkshopsModels, ids: string[]) {
  return findByIds<{ _id: string; seatsLeft: number; sequence?: number }>(
    models.availability,
    ids,
    { seatsLeft: 1, sequence: 1 },
  );
}

const END_MONTHS_BACKFILLED = 'sessions-end-month-v1';

/**
 * Sessions stored before they had an end month get one, once per database (a marker records
 * it): the one read of the whole collection, on the first start after the upgrade. A database
 * with no session yet needs none.
 */
export function backfillSessionMonths(models: WorkshopsModels): Promise<number> {
  return backfillOnce<{ endsAt: Date }>(
    { target: models.sessions, migrations: models.migrations },
    END_MONTHS_BACKFILLED,
    'endMonth',
    (doc) => monthOf(doc.endsAt),
    ['endsAt'],
  );
}

/** Sessions matching a filter, by start (FerretDB sorts in its own process: the catalogue index answers in service). */
export async function findSessions(
  models: WorkshopsModels,
  filter: Record<string, unknown>,
  limit: number,
): Promise<Session[]> {
  const docs = await models.sessions
    .find(filter, { outbox: 0 })
    .sort({ startsAt: 1, _id: 1 })
    .limit(limit)
    .lean<SessionDocument[]>();
  return docs.map(fromSessionDocument);
}

/** Copies what sessions carry of their workshop (title, kind, tokens, hosts, listed). */
export async function refreshSessionsOf(
  models: WorkshopsModels,
  workshopId: string,
  fields: Partial<Session>,
): Promise<void> {
  await models.sessions.updateMany({ workshopId }, { $set: fields });
}

export interface SessionSearch {
  from: Date;
  to?: Date | undefined;
  kind?: string | undefined;
  commune?: string | undefined;
  venueId?: string | undefined;
  workshopId?: string | undefined;
  tokens: string[];
  /** Sessions bookings reported full, left out when only sessions with seats are wanted. */
  excludeIds: string[];
  after?: { startsAt: Date; id: string } | undefined;
  limit: number;
}

/** The public catalogue: listed, scheduled sessions by start time, keyset-paginated. */
export async function searchSessions(
  models: WorkshopsModels,
  q: SessionSearch,
): Promise<Session[]> {
  const startsAt = { $gte: q.from, ...(q.to && { $lt: q.to }) };
  const keyset = q.after
    ? {
        $or: [
          { startsAt: { $gt: q.after.startsAt } },
          { startsAt: q.after.startsAt, _id: { $gt: q.after.id } },
        ],
      }
    : {};
  const filter = {
    listed: true,
    status: 'scheduled',
    startsAt,
    ...keyset,
    ...(q.kind && { kind: q.kind }),
    ...(q.commune && { commune: q.commune }),
    ...(q.venueId && { venueId: q.venueId }),
    ...(q.workshopId && { workshopId: q.workshopId }),
    ...(q.tokens.length > 0 && { tokens: { $all: q.tokens } }),
    ...(q.excludeIds.length > 0 && { _id: { $nin: q.excludeIds } }),
  };
  const docs = await models.sessions
    .find(filter, { outbox: 0, tokens: 0 })
    .sort({ startsAt: 1, _id: 1 })
    .limit(q.limit)
    .lean<SessionDocument[]>();
  return docs.map(fromSessionDocument);
}

export async function fullSessionIds(models: WorkshopsModels): Promise<string[]> {
  return (
    await models.availability.find({ seatsLeft: 0 }, { _id: 1 }).lean<{ _id: string }[]>()
  ).map((d) => d._id);
}

export async function availabilityOf(
  models: WorkshopsModels,
  ids: string[],
): Promise<Map<string, { seatsLeft: number; confirmed: number }>> {
  const docs = await findByIds<{ _id: string; seatsLeft: number; confirmed: number }>(
    models.availability,
    ids,
  );
  return new Map(docs.map((d) => [d._id, { seatsLeft: d.seatsLeft, confirmed: d.confirmed }]));
}

/** Seats left of one session, by `_id`. */
export async function seatsLeftOf(
  models: WorkshopsModels,
  session: Pick<Session, 'id' | 'capacity'>,
): Promise<number> {
  const doc = await models.availability.findById(session.id).lean<{ seatsLeft: number }>();
  return doc?.seatsLeft ?? session.capacity;
}
