import express, { type Router } from 'express';
import {
  archivedListQuery,
  pageOf,
  pageQuery,
  parseInput,
  parseParams,
  principalOf,
  requireRole,
} from '@fabrique/service-kit';
import { workshopSessions } from '../use-cases/catalogue.js';
import type { WorkshopsDeps } from '../use-cases/deps.js';
import { addKind, kinds, retireKind } from '../use-cases/kinds.js';
import { etagOf, expectedVersion } from '../use-cases/guards.js';
import { previewSessions, scheduleSessions } from '../use-cases/sessions.js';
import { hostNames, listVisibleWorkshops } from '../use-cases/workshop-list.js';
import {
  createWorkshop,
  readWorkshop,
  setWorkshopStatus,
  updateWorkshop,
} from '../use-cases/workshops.js';
import {
  idParams,
  kindBody,
  kindParams,
  scheduleBody,
  workshopBody,
  workshopListQuery,
  workshopPatch,
  workshopStatusBody,
} from './schemas.js';
import { kindView, occurrenceView, sessionView, workshopView } from './views.js';

function kindRoutes(deps: WorkshopsDeps, router: Router): void {
  router.get('/kinds', async (req, res) => {
    const query = parseInput(archivedListQuery, req.query, 'query');
    const page = pageOf(await kinds(deps, query.archived === 'true'), query);
    res.json({ items: page.items.map(kindView), nextCursor: page.nextCursor });
  });
  router.post('/kinds/:kindId/archive', requireRole('coordinator'), async (req, res) => {
    const { kindId } = parseParams(kindParams, req.params);
    res.json(kindView(await retireKind(deps, kindId)));
  });
  router.post('/kinds', requireRole('coordinator'), async (req, res) => {
    const kind = await addKind(deps, parseInput(kindBody, req.body));
    res.status(201).json(kindView(kind));
  });
}

function sessionCreationRoutes(deps: WorkshopsDeps, router: Router): void {
  router.post('/:id/sessions/preview', requireRole('host', 'coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const dates = await previewSessions(
      deps,
      principalOf(req),
      id,
      parseInput(scheduleBody, req.body),
    );
    // Every date at once (a series is bounded), in the one list shape.
    res.json({ items: dates.map(occurrenceView), nextCursor: null });
  });
  // One session answers the session; a series (`recurrence`) the list of its sessions.
  router.post('/:id/sessions', requireRole('host', 'coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const body = parseInput(scheduleBody, req.body);
    const sessions = await scheduleSessions(deps, principalOf(req), id, body, req.createdId);
    const [single] = sessions;
    if (!body.recurrence && single) {
      res.status(201).location(`/api/sessions/${single.id}`).json(sessionView(single));
      return;
    }
    res.status(201).json({ items: sessions.map(sessionView), nextCursor: null });
  });
  router.get('/:id/sessions', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const workshop = await readWorkshop(deps, req.principal, id);
    const query = parseInput(pageQuery, req.query, 'query');
    const page = pageOf(await workshopSessions(deps, workshop.id), query);
    res.json({ items: page.items.map(sessionView), nextCursor: page.nextCursor });
  });
}

export function workshopRoutes(deps: WorkshopsDeps): Router {
  const router = express.Router();
  kindRoutes(deps, router);
  listAndCreateRoutes(deps, router);
  editRoutes(deps, router);
  sessionCreationRoutes(deps, router);
  return router;
}

function listAndCreateRoutes(deps: WorkshopsDeps, router: Router): void {
  router.get('/', async (req, res) => {
    const query = parseInput(workshopListQuery, req.query, 'query');
    const page = await listVisibleWorkshops(deps, req.principal, query);
    res.json({
      items: page.items.map((w) => workshopView(w, page.names)),
      nextCursor: page.nextCursor,
    });
  });

  router.post('/', requireRole('host', 'coordinator'), async (req, res) => {
    const workshop = await createWorkshop(
      deps,
      principalOf(req),
      parseInput(workshopBody, req.body),
    );
    const names = await hostNames(deps, workshop.hostIds);
    res
      .status(201)
      .location(`/api/workshops/${workshop.id}`)
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, names));
  });
}

function editRoutes(deps: WorkshopsDeps, router: Router): void {
  router.get('/:id', async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const workshop = await readWorkshop(deps, req.principal, id);
    res
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, await hostNames(deps, workshop.hostIds)));
  });

  router.patch('/:id', requireRole('host', 'coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const version = expectedVersion(req.get('if-match'));
    const workshop = await updateWorkshop(
      deps,
      principalOf(req),
      id,
      version,
      parseInput(workshopPatch, req.body),
    );
    res
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, await hostNames(deps, workshop.hostIds)));
  });

  router.post('/:id/status', requireRole('host', 'coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req.params);
    const { status } = parseInput(workshopStatusBody, req.body);
    const workshop = await setWorkshopStatus(deps, principalOf(req), id, status);
    res
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, await hostNames(deps, workshop.hostIds)));
  });
}
