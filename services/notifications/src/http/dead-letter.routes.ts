import express, { type Router } from 'express';
import type { Bus } from '@fabrique/bus';
import { parseInput, parseParams, requireRole } from '@fabrique/service-kit';
import type { NotificationsDeps } from '../use-cases/deps.js';
import { failedEmails, replayFailedEmails } from '../use-cases/dead-letters.js';
import { deadLetterParams, deadLettersQuery } from './schemas.js';

/** Emails that failed every attempt: coordinators see why and send them again. */
export function deadLetterRoutes(deps: NotificationsDeps, bus: Bus): Router {
  const router = express.Router();
  router.use(requireRole('coordinator'));

  router.get('/', async (req, res) => {
    res.json(await failedEmails(deps, bus, parseInput(deadLettersQuery, req.query, 'query')));
  });

  router.post('/replay', async (_req, res) => {
    res.json(await replayFailedEmails(deps, bus, undefined));
  });

  router.post('/:seq/replay', async (req, res) => {
    const { seq } = parseParams(deadLetterParams, req.params);
    res.json(await replayFailedEmails(deps, bus, seq));
  });

  return router;
}
