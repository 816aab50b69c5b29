import express, { type Router } from 'express';
import { parseInput, principalOf, requireAuth, requireRole } from '@fabrique/service-kit';
import { workshopErrors } from '../domain/errors.js';
import { findSession, seatsLeftOf } from '../store/session.store.js';
import { searchCatalogue } from '../use-cases/catalogue.js';
import type { WorkshopsDeps } from '../use-cases/deps.js';
import { etagOf, expectedVersion } from '../use-cases/guards.js';
import { cancel, complete, reschedule, resize } from '../use-cases/sessions.js';
import { readWorkshop } from '../use-cases/workshops.js';
import { cancelBody, catalogueQuery, sessionPatch } from './schemas.js';
import { catalogueSessionView, sessionView } from './views.js';

export function sessionRoutes(deps: WorkshopsDeps): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const page = await searchCatalogue(deps, parseInput(catalogueQuery, req.query, 'query'));
    res.json({ items: page.items.map(catalogueSessionView), nextCursor: page.nextCursor });
  });

  router.get('/:id', async (req, res) => {
    const session = await findSession(deps.models, req.params.id);
    if (!session) throw workshopErrors.SESSION_NOT_FOUND();
    await readWorkshop(deps, req.principal, session.workshopId); // drafts stay private
    const seatsLeft = await seatsLeftOf(deps.models, session);
    res.set('ETag', etagOf(session)).json(catalogueSessionView({ ...session, seatsLeft }));
  });

  router.patch('/:id', requireRole('host', 'coordinator'), async (req, res) => {
    const version = expectedVersion(req.get('if-match'));
    const body = parseInput(sessionPatch, req.body);
    const id = req.params.id as string;
    const session =
      'capacity' in body
        ? await resize(deps, principalOf(req), id, version, body.capacity)
        : await reschedule(deps, principalOf(req), id, version, body);
    res.set('ETag', etagOf(session)).json(sessionView(session));
  });

  router.post('/:id/cancel', requireRole('host', 'coordinator'), async (req, res) => {
    const { reason } = parseInput(cancelBody, req.body);
    const session = await cancel(deps, principalOf(req), req.params.id as string, reason);
    res.set('ETag', etagOf(session)).json(sessionView(session));
  });

  router.post('/:id/complete', requireAuth, async (req, res) => {
    const session = await complete(deps, principalOf(req), req.params.id as string);
    res.set('ETag', etagOf(session)).json(sessionView(session));
  });

  return router;
}
