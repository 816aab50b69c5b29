import { workshopErrors } from '../domain/errors.js';
import type { Session } from '../domain/session.js';
import type { Venue } from '../domain/venue.js';
import { findSession, seatsLeftOf } from '../store/session.store.js';
import { findVenue, listVenues } from '../store/venue.store.js';
import type { Actor, WorkshopsDeps } from './deps.js';
import { readWorkshop } from './workshops.js';

/** One session with its seats left; a draft workshop's sessions stay private to its hosts. */
export async function readSession(
  deps: WorkshopsDeps,
  actor: Actor | undefined,
  id: string,
): Promise<Session & { seatsLeft: number }> {
  const session = await findSession(deps.models, id);
  if (!session) throw workshopErrors.SESSION_NOT_FOUND();
  await readWorkshop(deps, actor, session.workshopId);
  return { ...session, seatsLeft: await seatsLeftOf(deps.models, session) };
}

export async function readVenue(deps: WorkshopsDeps, id: string): Promise<Venue> {
  const venue = await findVenue(deps.models, id);
  if (!venue) throw workshopErrors.VENUE_NOT_FOUND();
  return venue;
}

/** Venues, of one commune if given; proposed ones (not yet accepted) only when asked for. */
export function venues(
  deps: WorkshopsDeps,
  filter: Parameters<typeof listVenues>[1],
): Promise<Venue[]> {
  return listVenues(deps.models, filter);
}
