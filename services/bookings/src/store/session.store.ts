import type { SessionData } from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { SessionRecord } from '../domain/session.js';
import type { BookingsModels } from './models.js';

type SessionDocument = Omit<SessionRecord, 'id'> & { _id: string };

export async function findSession(
  models: BookingsModels,
  id: string,
): Promise<SessionRecord | undefined> {
  const doc = await models.sessions.findById(id).lean<SessionDocument>();
  if (!doc) return undefined;
  const { _id, ...rest } = doc;
  return { ...rest, rescheduledAt: rest.rescheduledAt ?? null, id: _id };
}

/**
 * Keeps the newest version of a session (redelivered and reordered events change nothing).
 * A newer version with another start time marks the session as moved at `eventTime`.
 */
export async function projectSession(
  models: BookingsModels,
  data: SessionData,
  eventTime: Date,
): Promise<boolean> {
  const current = await findSession(models, data.sessionId);
  const moved =
    current !== undefined &&
    current.version < data.version &&
    current.startsAt.getTime() !== new Date(data.startsAt).getTime();
  const { sessionId, ...fields } = data;
  return upsertIfNewer(models.sessions, sessionId, data.version, {
    ...fields,
    startsAt: new Date(data.startsAt),
    endsAt: new Date(data.endsAt),
    bookingOpensAt: new Date(data.bookingOpensAt),
    bookingClosesAt: new Date(data.bookingClosesAt),
    ...(moved && { rescheduledAt: eventTime }),
  });
}
