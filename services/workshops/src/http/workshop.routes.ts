import express, { type Router } from 'express';
import {
  archivedListQuery,
  pageOf,
  pageQuery,
  hasRole,
  parseInput,
  principalOf,
  requireRole,
} from '@fabrique/service-kit';
import { workshopErrors } from '../domain/errors.js';
import { queryTokens } from '../domain/search-tokens.js';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import { workshopSessions } from '../use-cases/catalogue.js';
import { listWorkshops } from '../store/workshop.store.js';
import type { WorkshopsDeps } from '../use-cases/deps.js';
import { etagOf, expectedVersion } from '../use-cases/guards.js';
import { previewSessions, scheduleSessions } from '../use-cases/sessions.js';
import {
  createWorkshop,
  readWorkshop,
  setWorkshopStatus,
  updateWorkshop,
} from '../use-cases/workshops.js';
import { namesOf } from './names.js';
import {
  kindBody,
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
    const kinds = await deps.models.kinds
      .find()
      .sort({ _id: 1 })
      .lean<{ _id: string; label: string; archivedAt?: Date | null }[]>();
    const shown = kinds.filter((k) => query.archived === 'true' || !k.archivedAt);
    const page = pageOf(shown, query);
    res.json({ items: page.items.map(kindView), nextCursor: page.nextCursor });
  });
  // Retired: no longer offered for new workshops; those of this kind keep it.
  router.post('/kinds/:kindId/archive', requireRole('coordinator'), async (req, res) => {
    const kindId = req.params.kindId as string;
    const kind = await deps.models.kinds
      .findById(kindId)
      .lean<{ _id: string; label: string; archivedAt?: Date | null }>();
    if (!kind) throw workshopErrors.UNKNOWN_KIND();
    const archivedAt = kind.archivedAt ?? deps.now();
    if (!kind.archivedAt)
      await deps.models.kinds.updateOne({ _id: kindId }, { $set: { archivedAt } });
    res.json(kindView({ ...kind, archivedAt }));
  });
  router.post('/kinds', requireRole('coordinator'), async (req, res) => {
    const { id, label } = parseInput(kindBody, req.body);
    await deps.models.kinds.create({ _id: id, label }).catch((error: unknown) => {
      throw isDuplicateKeyError(error) ? workshopErrors.KIND_EXISTS() : error;
    });
    res.status(201).json(kindView({ _id: id, label }));
  });
}

function sessionCreationRoutes(deps: WorkshopsDeps, router: Router): void {
  router.post('/:id/sessions/preview', requireRole('host', 'coordinator'), async (req, res) => {
    const dates = await previewSessions(
      deps,
      principalOf(req),
      req.params.id as string,
      parseInput(scheduleBody, req.body),
    );
    // Every date at once (a series is bounded), in the one list shape.
    res.json({ items: dates.map(occurrenceView), nextCursor: null });
  });
  // One session answers the session; a series (`recurrence`) the list of its sessions.
  router.post('/:id/sessions', requireRole('host', 'coordinator'), async (req, res) => {
    const body = parseInput(scheduleBody, req.body);
    const sessions = await scheduleSessions(
      deps,
      principalOf(req),
      req.params.id as string,
      body,
      req.createdId,
    );
    const [single] = sessions;
    if (!body.recurrence && single) {
      res.status(201).location(`/api/sessions/${single.id}`).json(sessionView(single));
      return;
    }
    res.status(201).json({ items: sessions.map(sessionView), nextCursor: null });
  });
  router.get('/:id/sessions', async (req, res) => {
    const workshop = await readWorkshop(deps, req.principal, req.params.id);
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
    const actor = req.principal;
    const visibleTo = actor
      ? { accountId: actor.accountId, coordinator: hasRole(actor, 'coordinator') }
      : undefined;
    const items = await listWorkshops(deps.models, {
      ...query,
      tokens: query.q ? queryTokens(query.q) : [],
      visibleTo,
      after: query.cursor,
    });
    const names = await namesOf(
      deps.models,
      items.flatMap((w) => w.hostIds),
    );
    const last = items.at(-1);
    res.json({
      items: items.map((w) => workshopView(w, names)),
      nextCursor: items.length === query.limit && last ? last.id : null,
    });
  });

  router.post('/', requireRole('host', 'coordinator'), async (req, res) => {
    const workshop = await createWorkshop(
      deps,
      principalOf(req),
      parseInput(workshopBody, req.body),
    );
    const names = await namesOf(deps.models, workshop.hostIds);
    res
      .status(201)
      .location(`/api/workshops/${workshop.id}`)
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, names));
  });
}

function editRoutes(deps: WorkshopsDeps, router: Router): void {
  router.get('/:id', async (req, res) => {
    const workshop = await readWorkshop(deps, req.principal, req.params.id);
    res
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, await namesOf(deps.models, workshop.hostIds)));
  });

  router.patch('/:id', requireRole('host', 'coordinator'), async (req, res) => {
    const version = expectedVersion(req.get('if-match'));
    const workshop = await updateWorkshop(
      deps,
      principalOf(req),
      req.params.id as string,
      version,
      parseInput(workshopPatch, req.body),
    );
    res
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, await namesOf(deps.models, workshop.hostIds)));
  });

  router.post('/:id/status', requireRole('host', 'coordinator'), async (req, res) => {
    const { status } = parseInput(workshopStatusBody, req.body);
    const workshop = await setWorkshopStatus(
      deps,
      principalOf(req),
      req.params.id as string,
      status,
    );
    res
      .set('ETag', etagOf(workshop))
      .json(workshopView(workshop, await namesOf(deps.models, workshop.hostIds)));
  });
}
