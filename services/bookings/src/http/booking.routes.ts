import express, { type Router } from 'express';
import { parseInput, parseParams, principalOf, requireAuth } from '@fabrique/service-kit';
import { bookingErrors } from '../domain/errors.js';
import { book } from '../use-cases/book.js';
import { bookingOrFail, cancel, roleOver, visibleBooking } from '../use-cases/cancel.js';
import type { BookingsDeps } from '../use-cases/deps.js';
import { accept, decline } from '../use-cases/offers.js';
import { myBookings } from '../use-cases/my-bookings.js';
import { availabilityOf, positionOf } from '../use-cases/reads.js';
import { bookBody, cancelBody, idParams, myBookingsQuery, sessionParams } from './schemas.js';
import { bookingReadView, bookingView } from './views.js';

export function bookingRoutes(deps: BookingsDeps): Router {
  const router = express.Router();

  router.post('/', requireAuth, async (req, res) => {
    const { booking, position } = await book(deps, principalOf(req), {
      ...parseInput(bookBody, req.body),
      bookingId: req.createdId,
    });
    res.status(201).location(`/api/bookings/${booking.id}`).json(bookingView(booking, position));
  });

  router.get('/', requireAuth, async (req, res) => {
    const page = await myBookings(
      deps,
      principalOf(req),
      parseInput(myBookingsQuery, req.query, 'query'),
    );
    res.json({
      items: page.items.map((row) => bookingReadView(row.booking, row.position, row.session)),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/sessions/:sessionId/availability', async (req, res) => {
    const { sessionId } = parseParams(sessionParams, req.params);
    res.json(await availabilityOf(deps, sessionId));
  });

  oneBookingRoutes(router, deps);
  return router;
}

function oneBookingRoutes(router: Router, deps: BookingsDeps): void {
  router.get('/:id', requireAuth, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const { booking, session } = await visibleBooking(deps, principalOf(req), id);
    res.json(bookingReadView(booking, await positionOf(deps, booking), session));
  });

  router.post('/:id/cancel', requireAuth, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const { reason } = parseInput(cancelBody, req.body ?? {});
    const booking = await cancel(deps, principalOf(req), id, reason ?? null);
    res.json(bookingView(booking, null));
  });

  answerRoutes(router, deps);
}

/** The resident answers an offered seat. */
function answerRoutes(router: Router, deps: BookingsDeps): void {
  router.post('/:id/accept', requireAuth, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const booking = await offeredToCaller(deps, principalOf(req), id);
    res.json(bookingView(await accept(deps, booking), null));
  });

  router.post('/:id/decline', requireAuth, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const actor = principalOf(req);
    const booking = await offeredToCaller(deps, actor, id);
    res.json(bookingView(await decline(deps, actor.accountId, booking), null));
  });
}

/** An offer is answered by its resident (or a coordinator on their behalf). */
async function offeredToCaller(
  deps: BookingsDeps,
  actor: Parameters<typeof roleOver>[0],
  id: string,
) {
  const booking = await bookingOrFail(deps, id);
  const role = roleOver(actor, booking, await deps.sessions.get(booking.sessionId));
  if (role !== 'resident' && role !== 'coordinator') throw bookingErrors.NOT_YOUR_BOOKING();
  return booking;
}
