import express, { type Router } from 'express';
import { parseParams, principalOf, requireAuth } from '@fabrique/service-kit';
import { bookingErrors } from '../domain/errors.js';
import {
  CALENDAR_CONTENT_TYPE,
  personalFeed,
  revokeFeed,
  rotateFeed,
} from '../use-cases/calendar-feed.js';
import type { BookingsDeps } from '../use-cases/deps.js';
import { feedFileParams } from './schemas.js';

const FEED_FILE = /^([A-Za-z0-9_-]{20,64})\.ics$/;

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
    const token = FEED_FILE.exec(parseParams(feedFileParams, req.params).file)?.[1];
    if (!token) throw bookingErrors.CALENDAR_NOT_FOUND();
    const body = await personalFeed(deps, token, publicUrl);
    res.set('Cache-Control', 'private, max-age=300').type(CALENDAR_CONTENT_TYPE).send(body);
  });

  return router;
}
