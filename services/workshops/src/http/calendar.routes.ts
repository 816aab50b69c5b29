import express, { type Router } from 'express';
import { z } from 'zod';
import { findByIds, parseInput, parseParams } from '@fabrique/service-kit';
import {
  buildCalendar,
  CALENDAR_CONTENT_TYPE,
  type CalendarSession,
} from '../calendar/ical-feed.js';
import type { Session } from '../domain/session.js';
import type { Venue } from '../domain/venue.js';
import type { Workshop } from '../domain/workshop.js';
import { feedSessions, workshopSessions } from '../use-cases/catalogue.js';
import { readWorkshop } from '../use-cases/workshops.js';
import type { WorkshopsDeps } from '../use-cases/deps.js';
import { calendarFileParams } from './schemas.js';

const feedQuery = z.strictObject({
  commune: z.string().trim().min(1).max(100).optional(),
  kind: z.string().trim().min(1).max(40).optional(),
});
const DAY_MS = 24 * 3_600_000;

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

async function toCalendarSessions(
  deps: WorkshopsDeps,
  sessions: Session[],
  publicUrl: string,
): Promise<CalendarSession[]> {
  const venueIds = sessions.map((s) => s.venueId);
  const venues = new Map(
    (await findByIds<Venue & { _id: string }>(deps.models.venues, venueIds, { outbox: 0 })).map(
      (v) => [v._id, v],
    ),
  );
  const workshopIds = sessions.map((s) => s.workshopId);
  const workshops = new Map(
    (
      await findByIds<Pick<Workshop, 'description'> & { _id: string }>(
        deps.models.workshops,
        workshopIds,
        { description: 1 },
      )
    ).map((w) => [w._id, w]),
  );
  return sessions.map((s) => ({
    id: s.id,
    workshopId: s.workshopId,
    title: s.title,
    description: workshops.get(s.workshopId)?.description ?? '',
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

/** Public RFC 5545 feeds; cancelled sessions stay in them (STATUS:CANCELLED) so calendars update. */
export function calendarRoutes(deps: WorkshopsDeps, publicUrl: string): Router {
  const router = express.Router();

  router.get('/catalogue.ics', async (req, res) => {
    const query = parseInput(feedQuery, req.query, 'query');
    const since = new Date(deps.now().getTime() - 30 * DAY_MS);
    const sessions = await feedSessions(deps, since, query);
    const where = query.commune ? ` de ${communeLabel(query.commune)}` : ' du réseau';
    res
      .type(CALENDAR_CONTENT_TYPE)
      .set('Content-Disposition', 'inline; filename="fabrique-ateliers.ics"')
      .send(
        buildCalendar({
          name: `Fabrique — ateliers${where}`,
          sessions: await toCalendarSessions(deps, sessions, publicUrl),
        }),
      );
  });

  router.get('/workshops/:file', async (req, res) => {
    const id = parseParams(calendarFileParams, req.params).file.replace(/\.ics$/, '');
    const workshop = await readWorkshop(deps, req.principal, id);
    const sessions = await workshopSessions(deps, workshop.id);
    res
      .type(CALENDAR_CONTENT_TYPE)
      .set('Content-Disposition', `inline; filename="fabrique-atelier-${workshop.id}.ics"`)
      .send(
        buildCalendar({
          name: `Fabrique — ${workshop.title}`,
          sessions: await toCalendarSessions(deps, sessions, publicUrl),
        }),
      );
  });

  return router;
}
