import express, { type Router } from 'express';
import { parseInput, parseParams, principalOf, requireAuth } from '@fabrique/service-kit';
import type { NotificationsDeps } from '../use-cases/deps.js';
import { markAllRead, markRead, myInbox } from '../use-cases/inbox.js';
import { changePreferences, myPreferences } from '../use-cases/preferences.js';
import { inboxQuery, notificationParams, preferencesBody } from './schemas.js';

/** My notifications (the app's badge counts `unreadCount`) and my choices. */
export function notificationRoutes(deps: NotificationsDeps): Router {
  const router = express.Router();
  router.use(requireAuth);

  router.get('/', async (req, res) => {
    res.json(await myInbox(deps, principalOf(req), parseInput(inboxQuery, req.query, 'query')));
  });

  router.get('/preferences', async (req, res) => {
    res.json(await myPreferences(deps, principalOf(req)));
  });

  router.put('/preferences', async (req, res) => {
    const { kinds } = parseInput(preferencesBody, req.body);
    res.json(await changePreferences(deps, principalOf(req).accountId, kinds));
  });

  router.post('/read-all', async (req, res) => {
    await markAllRead(deps, principalOf(req));
    res.status(204).end();
  });

  router.post('/:id/read', async (req, res) => {
    const { id } = parseParams(notificationParams, req.params);
    await markRead(deps, principalOf(req), id);
    res.status(204).end();
  });

  return router;
}
