import type { SessionFacts } from '../domain/context.js';
import type { NotificationsModels } from './models.js';

interface SessionDocument {
  _id: string;
  title: string;
  commune: string;
  venueId: string;
  hostIds: string[];
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  status: string;
  version: number;
  remindedFor?: string | null;
}

interface VenueDocument {
  _id: string;
  name: string;
  address: string;
}

export type StoredSession = SessionDocument;

/** The session as messages describe it, with its venue's name and address when known. */
export async function sessionFacts(
  models: NotificationsModels,
  sessionId: string,
): Promise<SessionFacts | null> {
  const session = await models.sessions.findById(sessionId).lean<SessionDocument>();
  return session ? factsOf(models, session) : null;
}

export async function factsOf(
  models: NotificationsModels,
  session: SessionDocument,
): Promise<SessionFacts> {
  const venue = await models.venues.findById(session.venueId).lean<VenueDocument>();
  return {
    sessionId: session._id,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    commune: session.commune,
    venueName: venue?.name ?? null,
    venueAddress: venue?.address ?? null,
  };
}

/** Scheduled sessions starting within (from, to]: the reminder sweep's work. */
export async function sessionsStartingBetween(
  models: NotificationsModels,
  from: Date,
  to: Date,
): Promise<SessionDocument[]> {
  return models.sessions
    .find({ startsAt: { $gt: from, $lte: to }, status: 'scheduled' })
    .lean<SessionDocument[]>();
}

export async function markReminded(
  models: NotificationsModels,
  sessionId: string,
  startsAt: Date,
): Promise<void> {
  await models.sessions.updateOne(
    { _id: sessionId },
    { $set: { remindedFor: startsAt.toISOString() } },
  );
}
