import express, { type Router } from 'express';
import { communeResponse } from '@fabrique/contracts';
import {
  archivedListQuery,
  pageOf,
  parseInput,
  principalOf,
  requireRole,
  type RouteDoc,
  pageSchema,
} from '@fabrique/service-kit';
import { communeIdOf } from '../domain/commune.js';
import { archiveCommune, insertCommune, listCommunes } from '../store/commune.store.js';
import type { AccountsDeps } from '../use-cases/deps.js';
import { communeBody } from './schemas.js';
import { communeToView } from './views.js';

export function communeRoutes(deps: AccountsDeps): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const query = parseInput(archivedListQuery, req.query, 'query');
    const communes = await listCommunes(deps.models.communes, query.archived === 'true');
    const page = pageOf(communes, query);
    res.json({ items: page.items.map(communeToView), nextCursor: page.nextCursor });
  });

  router.post('/', requireRole('coordinator'), async (req, res) => {
    const body = parseInput(communeBody, req.body);
    const commune = { id: communeIdOf(body.name), ...body, archivedAt: null };
    await insertCommune(deps.models.communes, commune);
    deps.eventsWritten('Commune', [commune.id]);
    res.status(201).location(`/api/communes/${commune.id}`).json(communeToView(commune));
  });

  router.post('/:id/archive', requireRole('coordinator'), async (req, res) => {
    const commune = await archiveCommune(
      deps.models.communes,
      req.params.id as string,
      principalOf(req).accountId,
      deps.now(),
    );
    deps.eventsWritten('Commune', [commune.id]);
    res.json(communeToView(commune));
  });

  return router;
}

export const communeRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/communes',
    summary: "The network's member communes (archived ones too with archived=true)",
    access: 'public',
    query: archivedListQuery,
    responses: {
      200: { description: 'Communes', schema: pageSchema(communeResponse) },
    },
  },
  {
    method: 'post',
    path: '/api/communes',
    summary: 'Add a member commune (its official name and postal code)',
    access: ['coordinator'],
    body: communeBody,
    responses: { 201: { description: 'Added', schema: communeResponse } },
    errors: ['COMMUNE_EXISTS'],
  },
  {
    method: 'post',
    path: '/api/communes/{id}/archive',
    summary: 'Retire a commune: no new residents, venues or town halls in it; its history stays',
    access: ['coordinator'],
    responses: { 200: { description: 'Archived', schema: communeResponse } },
    errors: ['UNKNOWN_COMMUNE'],
  },
];
