import express, { type Router } from 'express';
import { communeResponse } from '@fabrique/contracts';
import {
  archivedListQuery,
  pageOf,
  parseInput,
  parseParams,
  principalOf,
  requireRole,
  type RouteDoc,
  pageSchema,
} from '@fabrique/service-kit';
import { addCommune, communes, retireCommune } from '../use-cases/communes.js';
import type { AccountsDeps } from '../use-cases/deps.js';
import { communeBody, idParams } from './schemas.js';
import { communeToView } from './views.js';

export function communeRoutes(deps: AccountsDeps): Router {
  const router = express.Router();

  router.get('/', async (req, res) => {
    const query = parseInput(archivedListQuery, req.query, 'query');
    const page = pageOf(await communes(deps, query.archived === 'true'), query);
    res.json({ items: page.items.map(communeToView), nextCursor: page.nextCursor });
  });

  router.post('/', requireRole('coordinator'), async (req, res) => {
    const commune = await addCommune(deps, parseInput(communeBody, req.body));
    res.status(201).location(`/api/communes/${commune.id}`).json(communeToView(commune));
  });

  router.post('/:id/archive', requireRole('coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    res.json(communeToView(await retireCommune(deps, principalOf(req).accountId, id)));
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
    params: idParams,
    summary: 'Retire a commune: no new residents, venues or town halls in it; its history stays',
    access: ['coordinator'],
    responses: { 200: { description: 'Archived', schema: communeResponse } },
    errors: ['UNKNOWN_COMMUNE'],
  },
];
