import express, { type Router } from 'express';
import {
  parseInput,
  parseParams,
  principalOf,
  requireAuth,
  requireRole,
} from '@fabrique/service-kit';
import { closeAttendance, recordAttendance, rosterOf } from '../use-cases/attendance.js';
import type { BookingsDeps } from '../use-cases/deps.js';
import { voidDelivery } from '../use-cases/void-delivery.js';
import { attendanceBody, closeBody, sessionParams, voidBody } from './schemas.js';

export function rosterRoutes(deps: BookingsDeps): Router {
  const router = express.Router();
  router.use(requireAuth);

  router.get('/:sessionId', async (req, res) => {
    const { sessionId } = parseParams(sessionParams, req.params);
    res.json(await rosterOf(deps, principalOf(req), sessionId));
  });

  router.post('/:sessionId/attendance', requireRole('host', 'coordinator'), async (req, res) => {
    const { sessionId } = parseParams(sessionParams, req.params);
    const body = parseInput(attendanceBody, req.body);
    res.json(await recordAttendance(deps, principalOf(req), sessionId, body));
  });

  router.post('/:sessionId/close', async (req, res) => {
    const { sessionId } = parseParams(sessionParams, req.params);
    const { collected, volunteers } = parseInput(closeBody, req.body ?? {});
    const given = { collected, volunteers };
    res.json(await closeAttendance(deps, principalOf(req), sessionId, given));
  });

  router.post('/:sessionId/void', requireRole('coordinator'), async (req, res) => {
    const { sessionId } = parseParams(sessionParams, req.params);
    const { reason } = parseInput(voidBody, req.body);
    res.json(await voidDelivery(deps, principalOf(req), sessionId, reason));
  });

  return router;
}
