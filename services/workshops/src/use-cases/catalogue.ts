import { workshopErrors } from '../domain/errors.js';
import { queryTokens } from '../domain/search-tokens.js';
import type { Session } from '../domain/session.js';
import {
  availabilityOf,
  findSessions,
  fullSessionIds,
  searchSessions,
  sessionsEndingBetween,
  type SessionSearch,
} from '../store/session.store.js';

function byStartThenId(a: Session, b: Session): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
import type { WorkshopsDeps } from './deps.js';

export interface CatalogueQuery {
  from?: Date | undefined;
  to?: Date | undefined;
  kind?: string | undefined;
  commune?: string | undefined;
  venueId?: string | undefined;
  workshopId?: string | undefined;
  q?: string | undefined;
  available?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

export interface CataloguePage {
  items: (Session & { seatsLeft: number })[];
  nextCursor: string | null;
}

/** Opaque keyset cursor: the start time and id of the last item of the page. */
export function encodeCursor(session: Pick<Session, 'startsAt' | 'id'>): string {
  return Buffer.from(`${session.startsAt.toISOString()}|${session.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { startsAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const startsAt = new Date(at ?? '');
  if (!id || Number.isNaN(startsAt.getTime())) throw workshopErrors.BAD_CURSOR();
  return { startsAt, id };
}

/**
 * Public session search. Seats left come from bookings' availability events; a session
 * bookings has not reported on yet counts its whole capacity as free.
 */
export async function searchCatalogue(
  deps: WorkshopsDeps,
  query: CatalogueQuery,
): Promise<CataloguePage> {
  const criteria = {
    from: query.from ?? deps.now(),
    to: query.to,
    kind: query.kind,
    commune: query.commune,
    venueId: query.venueId,
    workshopId: query.workshopId,
    tokens: query.q ? queryTokens(query.q) : [],
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit,
  };
  const items = deps.catalogue
    ? deps.catalogue.search({ ...criteria, available: Boolean(query.available) })
    : await searchDatabase(deps, criteria, Boolean(query.available));
  const last = items.at(-1);
  return { items, nextCursor: items.length === query.limit && last ? encodeCursor(last) : null };
}

/** The same search straight from the database (FerretDB reads every listed session): kept for tools. */
async function searchDatabase(
  deps: WorkshopsDeps,
  criteria: Omit<SessionSearch, 'excludeIds'>,
  available: boolean,
) {
  const excludeIds = available ? await fullSessionIds(deps.models) : [];
  const sessions = await searchSessions(deps.models, { ...criteria, excludeIds });
  const seats = await availabilityOf(
    deps.models,
    sessions.map((s) => s.id),
  );
  return sessions.map((s) => ({ ...s, seatsLeft: seats.get(s.id)?.seatsLeft ?? s.capacity }));
}

const MAX_FEED_EVENTS = 2_000;
const MAX_WORKSHOP_SESSIONS = 500;

/**
 * Listed sessions of any status from `since`, for the catalogue calendar feed: those that ended
 * since then from the store (by their end month), the others from the live catalogue.
 */
export async function feedSessions(
  deps: WorkshopsDeps,
  since: Date,
  filter: { commune?: string | undefined; kind?: string | undefined },
): Promise<Session[]> {
  if (deps.catalogue) {
    const now = deps.now();
    const ended = (await sessionsEndingBetween(deps.models, since, now)).filter(
      (s) =>
        s.listed &&
        s.startsAt >= since &&
        (!filter.commune || s.commune === filter.commune) &&
        (!filter.kind || s.kind === filter.kind),
    );
    const live = deps.catalogue.listedSince(since, filter, MAX_FEED_EVENTS);
    return [...ended, ...live].sort(byStartThenId).slice(0, MAX_FEED_EVENTS);
  }
  const query = {
    listed: true,
    startsAt: { $gte: since },
    ...(filter.commune && { commune: filter.commune }),
    ...(filter.kind && { kind: filter.kind }),
  };
  return findSessions(deps.models, query, MAX_FEED_EVENTS);
}

/** Every session of a workshop, by start, whatever its status (by the indexed workshop id). */
export async function workshopSessions(
  deps: WorkshopsDeps,
  workshopId: string,
): Promise<Session[]> {
  return findSessions(deps.models, { workshopId }, MAX_WORKSHOP_SESSIONS);
}
