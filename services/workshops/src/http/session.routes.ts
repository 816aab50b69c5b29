import express, { type Router } from 'express';
import {
  parseInput,
  parseParams,
  principalOf,
  requireAuth,
  requireRole,
} from '@fabrique/service-kit';
import { searchCatalogue } from '../use-cases/catalogue.js';
import type { WorkshopsDeps } from '../use-cases/deps.js';
import { etagOf, expectedVersion } from '../use-cases/guards.js';
import { cancel, complete, reschedule, resize } from '../use-cases/sessions.js';
import { readSession } from '../use-cases/reads.js';
import { cancelBody, catalogueQuery, idParams, sessionPatch } from './schemas.js';
import { catalogueSessionView, sessionView } from './views.js';

export function sessionRoutes(deps: WorkshopsDeps): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const page = await searchCatalogue(deps, parseInput(catalogueQuery, req.query, 'query'));
    res.json({ items: page.items.map(catalogueSessionView), nextCursor: page.nextCursor });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const session = await readSession(deps, req.principal, id);
    res.set('ETag', etagOf(session)).json(catalogueSessionView(session));
  });

  router.patch('/:id', requireRole('host', 'coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const version = expectedVersion(req.get('if-match'));
    const body = parseInput(sessionPatch, req.body);
    const session =
      'capacity' in body
        ? await resize(deps, principalOf(req), id, version, body.capacity)
        : await reschedule(deps, principalOf(req), id, version, body);
    res.set('ETag', etagOf(session)).json(sessionView(session));
  });

  router.post('/:id/cancel', requireRole('host', 'coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const { reason } = parseInput(cancelBody, req.body);
    const session = await cancel(deps, principalOf(req), id, reason);
    res.set('ETag', etagOf(session)).json(sessionView(session));
  });

  router.post('/:id/complete', requireAuth, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const session = await complete(deps, principalOf(req), id);
    res.set('ETag', etagOf(session)).json(sessionView(session));
  });

  return router;
}
