import type { CalendarSession } from '../calendar/ical-feed.js';
import type { Session } from '../domain/session.js';
import { venuesByIds } from '../store/venue.store.js';
import { descriptionsOf } from '../store/workshop.store.js';
import { feedSessions, workshopSessions } from './catalogue.js';
import type { Actor, WorkshopsDeps } from './deps.js';
import { readWorkshop } from './workshops.js';

const DAY_MS = 24 * 3_600_000;
/** The catalogue feed keeps a month of past sessions, so that calendars see them end. */
const FEED_PAST_DAYS = 30;

/** What a feed holds: its name and its sessions, ready for the iCalendar writer. */
export interface CalendarFeed {
  name: string;
  sessions: CalendarSession[];
}

/** "saint-jean-en-royans" → "Saint-Jean-en-Royans": commune names live in accounts. */
export function communeLabel(id: string): string {
  const small = new Set(['en', 'de', 'du', 'la', 'le', 'les', 'sur', 'sous']);
  return id
    .split('-')
    .map((word, i) =>
      i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('-');
}

/** `descriptions`: the workshops' already read (one workshop's feed), else read here. */
async function toCalendarSessions(
  deps: WorkshopsDeps,
  sessions: Session[],
  publicUrl: string,
  known?: Map<string, string>,
): Promise<CalendarSession[]> {
  const venues = new Map(
    (
      await venuesByIds(
        deps.models,
        sessions.map((s) => s.venueId),
      )
    ).map((v) => [v.id, v]),
  );
  const descriptions =
    known ??
    (await descriptionsOf(
      deps.models,
      sessions.map((s) => s.workshopId),
    ));
  return sessions.map((s) => ({
    id: s.id,
    workshopId: s.workshopId,
    title: s.title,
    description: descriptions.get(s.workshopId) ?? '',
    kind: s.kind,
    venueName: venues.get(s.venueId)?.name ?? '',
    venueAddress: venues.get(s.venueId)?.address ?? '',
    commune: communeLabel(s.commune),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    status: s.status,
    cancellationReason: s.cancellationReason,
    sequence: s.sequence,
    updatedAt: s.updatedAt,
    url: `${publicUrl}/sessions/${s.id}`,
  }));
}

/** The network's listed sessions (of one commune or kind if asked), cancelled ones included. */
export async function catalogueFeed(
  deps: WorkshopsDeps,
  filter: { commune?: string | undefined; kind?: string | undefined },
  publicUrl: string,
): Promise<CalendarFeed> {
  const since = new Date(deps.now().getTime() - FEED_PAST_DAYS * DAY_MS);
  const sessions = await feedSessions(deps, since, filter);
  const where = filter.commune ? ` de ${communeLabel(filter.commune)}` : ' du réseau';
  return {
    name: `Fabrique — ateliers${where}`,
    sessions: await toCalendarSessions(deps, sessions, publicUrl),
  };
}

/** Every session of one workshop the caller may see (a draft only for its hosts). */
export async function workshopFeed(
  deps: WorkshopsDeps,
  actor: Actor | undefined,
  workshopId: string,
  publicUrl: string,
): Promise<CalendarFeed> {
  const workshop = await readWorkshop(deps, actor, workshopId);
  const sessions = await workshopSessions(deps, workshop.id);
  const description = new Map([[workshop.id, workshop.description]]);
  return {
    name: `Fabrique — ${workshop.title}`,
    sessions: await toCalendarSessions(deps, sessions, publicUrl, description),
  };
}
