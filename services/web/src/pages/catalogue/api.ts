/**
 * What the workshops and bookings services answer to the catalogue pages (their schemas:
 * packages/contracts/src/api/workshops.ts and bookings.ts); communes come from
 * ../../api/communes.ts.
 */
import type {
  CatalogueSessionResponse,
  KindResponse,
  Page,
  SessionAvailabilityResponse,
  VenueResponse,
  WorkshopResponse,
} from '@fabrique/contracts';
import { api } from '../../api/client.js';

export type SessionStatus = CatalogueSessionResponse['status'];

/** A session as `GET /api/sessions` and `GET /api/sessions/{id}` give it, with its seats left. */
export type CatalogueSession = CatalogueSessionResponse;

export type SessionPage = Page<CatalogueSession>;

export type Kind = KindResponse;

export type Venue = VenueResponse;

export type Workshop = WorkshopResponse;

/** Seats of a session, from bookings (`GET /api/bookings/sessions/{id}/availability`). */
export type Availability = SessionAvailabilityResponse;

export interface SessionSearch {
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  commune?: string | undefined;
  q?: string | undefined;
  available?: boolean | undefined;
}

export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (search: SessionSearch) => ['catalogue', 'sessions', search] as const,
  week: (search: SessionSearch) => ['catalogue', 'week', search] as const,
  session: (id: string) => ['catalogue', 'session', id] as const,
  availability: (id: string) => ['catalogue', 'availability', id] as const,
  workshop: (id: string) => ['catalogue', 'workshop', id] as const,
  venue: (id: string) => ['catalogue', 'venue', id] as const,
  kinds: ['catalogue', 'kinds'] as const,
  venues: ['catalogue', 'venues'] as const,
};

export function sessionsPath(search: SessionSearch, cursor?: string, limit = 20): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'kind', 'commune', 'q'] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  if (search.available) params.set('available', 'true');
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(limit));
  return `/api/sessions?${params.toString()}`;
}

export const fetchSessions = (search: SessionSearch, cursor?: string, limit?: number) =>
  api<SessionPage>(sessionsPath(search, cursor, limit));

/** A week holds at most a few hundred sessions: read every page, a bounded number of times. */
export async function fetchAllSessions(search: SessionSearch): Promise<SessionPage> {
  const items: CatalogueSession[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 5; page += 1) {
    const next = await fetchSessions(search, cursor, 100);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return { items, nextCursor: cursor ?? null };
}

export const fetchSession = (id: string) =>
  api<CatalogueSession>(`/api/sessions/${encodeURIComponent(id)}`);
export const fetchAvailability = (id: string) =>
  api<Availability>(`/api/bookings/sessions/${encodeURIComponent(id)}/availability`);
export const fetchWorkshop = (id: string) =>
  api<Workshop>(`/api/workshops/${encodeURIComponent(id)}`);
export const fetchVenue = (id: string) => api<Venue>(`/api/venues/${encodeURIComponent(id)}`);
export const fetchKinds = () => api<Page<Kind>>('/api/workshops/kinds');
export const fetchVenues = () => api<Page<Venue>>('/api/venues');
