import express, { type Router } from 'express';
import { principalOf, requireAuth } from '@fabrique/service-kit';
import { bookingErrors } from '../domain/errors.js';
import {
  CALENDAR_CONTENT_TYPE,
  personalFeed,
  revokeFeed,
  rotateFeed,
} from '../use-cases/calendar-feed.js';
import type { BookingsDeps } from '../use-cases/deps.js';
import { feedFileParams } from './schemas.js';

/** The personal feed: created (or replaced) and revoked by its owner, read by anyone with the address. */
export function calendarRoutes(deps: BookingsDeps, publicUrl: string): Router {
  const router = express.Router();

  router.post('/', requireAuth, async (req, res) => {
    const token = await rotateFeed(deps, principalOf(req));
    res.status(201).json({ url: `${publicUrl}/api/bookings/calendar/${token}.ics` });
  });

  router.delete('/', requireAuth, async (req, res) => {
    await revokeFeed(deps, principalOf(req));
    res.status(204).end();
  });

  router.get('/:file', async (req, res) => {
    // A malformed address is no feed: 404 like an unknown or revoked token, never 400.
    const params = feedFileParams.safeParse(req.params);
    if (!params.success) throw bookingErrors.CALENDAR_NOT_FOUND();
    const token = params.data.file.slice(0, -'.ics'.length);
    const body = await personalFeed(deps, token, publicUrl);
    res.set('Cache-Control', 'private, max-age=300').type(CALENDAR_CONTENT_TYPE).send(body);
  });

  return router;
}
