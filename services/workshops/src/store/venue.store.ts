import type { Envelope } from '@fabrique/contracts';
import { findByIds } from '@fabrique/service-kit';
import type { Venue } from '../domain/venue.js';
import type { WorkshopsModels } from './models.js';
import { fromDocument, toDocument, writeIfVersion } from './versioned-write.js';

type VenueDocument = Omit<Venue, 'id'> & { _id: string };

export async function insertVenue(
  models: WorkshopsModels,
  venue: Venue,
  events: Envelope[] = [],
): Promise<void> {
  await models.venues.create(toDocument(venue, events));
}

export async function findVenue(models: WorkshopsModels, id: string): Promise<Venue | undefined> {
  const doc = await models.venues.findById(id, { outbox: 0 }).lean<VenueDocument>();
  return doc ? fromDocument(doc) : undefined;
}

/** The venues of these ids that exist (for the calendar feeds' addresses). */
export async function venuesByIds(models: WorkshopsModels, ids: string[]): Promise<Venue[]> {
  const docs = await findByIds<VenueDocument>(models.venues, ids, { outbox: 0 });
  return docs.map(fromDocument);
}

export async function listVenues(
  models: WorkshopsModels,
  filter: { commune?: string | undefined; includeProposed: boolean },
): Promise<Venue[]> {
  const query = {
    ...(filter.commune && { commune: filter.commune }),
    ...(!filter.includeProposed && { status: 'active' }),
  };
  const docs = await models.venues
    .find(query, { outbox: 0 })
    .sort({ name: 1 })
    .limit(500)
    .lean<VenueDocument[]>();
  return docs.map(fromDocument);
}

export async function saveVenue(
  models: WorkshopsModels,
  readVersion: number,
  venue: Venue,
  events: Envelope[],
): Promise<boolean> {
  const { id, ...fields } = venue;
  return writeIfVersion(models.venues, id, readVersion, fields, events);
}
