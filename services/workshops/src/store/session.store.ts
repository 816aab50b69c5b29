import type { Envelope } from '@fabrique/contracts';
import { findByIds } from '@fabrique/service-kit';
import type { Session } from '../domain/session.js';
import type { WorkshopsModels } from './models.js';
import { fromDocument, toDocument, writeIfVersion } from './versioned-write.js';

type SessionDocument = Omit<Session, 'id'> & { _id: string };

export async function insertSession(
  models: WorkshopsModels,
  session: Session,
  events: Envelope[],
): Promise<void> {
  await models.sessions.create(toDocument(session, events));
}

export async function findSession(
  models: WorkshopsModels,
  id: string,
): Promise<Session | undefined> {
  const doc = await models.sessions.findById(id, { outbox: 0 }).lean<SessionDocument>();
  return doc ? fromDocument(doc) : undefined;
}

export async function saveSession(
  models: WorkshopsModels,
  readVersion: number,
  session: Session,
  events: Envelope[],
): Promise<boolean> {
  const { id, ...fields } = session;
  return writeIfVersion(models.sessions, id, readVersion, fields, events);
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
  return docs.map(fromDocument);
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
  return docs.map(fromDocument);
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
