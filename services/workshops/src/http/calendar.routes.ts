import express, { type Router } from 'express';
import { z } from 'zod';
import { parseInput, parseParams } from '@fabrique/service-kit';
import { buildCalendar, CALENDAR_CONTENT_TYPE } from '../calendar/ical-feed.js';
import { catalogueFeed, workshopFeed } from '../use-cases/calendar-feeds.js';
import type { WorkshopsDeps } from '../use-cases/deps.js';
import { calendarFileParams } from './schemas.js';

const feedQuery = z.strictObject({
  commune: z.string().trim().min(1).max(100).optional(),
  kind: z.string().trim().min(1).max(40).optional(),
});

/** Public RFC 5545 feeds; cancelled sessions stay in them (STATUS:CANCELLED) so calendars update. */
export function calendarRoutes(deps: WorkshopsDeps, publicUrl: string): Router {
  const router = express.Router();

  router.get('/catalogue.ics', async (req, res) => {
    const feed = await catalogueFeed(deps, parseInput(feedQuery, req.query, 'query'), publicUrl);
    res
      .type(CALENDAR_CONTENT_TYPE)
      .set('Content-Disposition', 'inline; filename="fabrique-ateliers.ics"')
      .send(buildCalendar(feed));
  });

  router.get('/workshops/:file', async (req, res) => {
    const id = parseParams(calendarFileParams, req.params).file;
    const feed = await workshopFeed(deps, req.principal, id, publicUrl);
    res
      .type(CALENDAR_CONTENT_TYPE)
      .set('Content-Disposition', `inline; filename="fabrique-atelier-${id}.ics"`)
      .send(buildCalendar(feed));
  });

  return router;
}
