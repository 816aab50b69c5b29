import express, { type Router } from 'express';
import {
  hasRole,
  pageOf,
  parseInput,
  parseParams,
  principalOf,
  requireAuth,
  requireRole,
} from '@fabrique/service-kit';
import type { WorkshopsDeps } from '../use-cases/deps.js';
import { etagOf, expectedVersion } from '../use-cases/guards.js';
import { readVenue, venues } from '../use-cases/reads.js';
import { archiveVenue, createVenue, updateVenue } from '../use-cases/venues.js';
import { idParams, venueBody, venueListQuery, venuePatch } from './schemas.js';
import { venueView } from './views.js';

/** Coordinators retire a venue (once: archiving it again changes nothing). */
function archiveRoute(router: Router, deps: WorkshopsDeps): void {
  router.post('/:id/archive', requireAuth, async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const venue = await archiveVenue(deps, principalOf(req), id);
    res.set('ETag', etagOf(venue)).json(venueView(venue));
  });
}

export function venueRoutes(deps: WorkshopsDeps): Router {
  const router = express.Router();
  archiveRoute(router, deps);

  router.get('/', async (req, res) => {
    const query = parseInput(venueListQuery, req.query, 'query');
    const includeProposed =
      Boolean(query.proposed) &&
      req.principal !== undefined &&
      hasRole(req.principal, 'coordinator');
    const page = pageOf(await venues(deps, { commune: query.commune, includeProposed }), query);
    res.json({ items: page.items.map(venueView), nextCursor: page.nextCursor });
  });

  router.get('/:id', async (req, res) => {
    const venue = await readVenue(deps, parseParams(idParams, req.params).id);
    res.set('ETag', etagOf(venue)).json(venueView(venue));
  });

  router.post('/', requireRole('host', 'coordinator'), async (req, res) => {
    const venue = await createVenue(deps, principalOf(req), parseInput(venueBody, req.body));
    res
      .status(201)
      .location(`/api/venues/${venue.id}`)
      .set('ETag', etagOf(venue))
      .json(venueView(venue));
  });

  router.patch('/:id', requireRole('coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const version = expectedVersion(req.get('if-match'));
    const venue = await updateVenue(
      deps,
      principalOf(req),
      id,
      version,
      parseInput(venuePatch, req.body),
    );
    res.set('ETag', etagOf(venue)).json(venueView(venue));
  });

  return router;
}
