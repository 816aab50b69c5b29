import express, { type Router } from 'express';
import { z } from 'zod';
import { parseInput, requireRole, type RouteDoc } from '@fabrique/service-kit';
import { communeIdOf } from '../domain/commune.js';
import { insertCommune, listCommunes } from '../store/commune.store.js';
import type { AccountsDeps } from '../use-cases/deps.js';
import { communeBody, communeView } from './schemas.js';

export function communeRoutes(deps: AccountsDeps): Router {
  const router = express.Router();

  router.get('/', async (_req, res) => {
    res.json({ items: await listCommunes(deps.models.communes) });
  });

  router.post('/', requireRole('coordinator'), async (req, res) => {
    const body = parseInput(communeBody, req.body);
    const commune = { id: communeIdOf(body.name), ...body };
    await insertCommune(deps.models.communes, commune);
    res.status(201).location(`/api/communes/${commune.id}`).json(commune);
  });

  return router;
}

export const communeRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/communes',
    summary: "The network's member communes",
    access: 'public',
    responses: {
      200: { description: 'Communes', schema: z.object({ items: z.array(communeView) }) },
    },
  },
  {
    method: 'post',
    path: '/api/communes',
    summary: 'Add a member commune',
    access: ['coordinator'],
    body: communeBody,
    responses: { 201: { description: 'Added', schema: communeView } },
    errors: ['COMMUNE_EXISTS'],
  },
];
