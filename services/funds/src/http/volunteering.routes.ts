import express, { type Router } from 'express';
import type { VolunteeringResponse } from '@fabrique/contracts';
import { parseInput, principalOf, requireAuth } from '@fabrique/service-kit';
import type { FundsDeps } from '../use-cases/deps.js';
import { volunteeringOf } from '../use-cases/volunteering.js';
import { toCsv } from './renderers.js';
import { volunteeringQuery } from './schemas.js';

/** A volunteer's yearly record of the hours they gave (their own only), as JSON or CSV. */
export function volunteeringRoutes(deps: FundsDeps): Router {
  const router = express.Router();
  const record = async (req: express.Request) =>
    volunteeringOf(
      deps,
      principalOf(req).accountId,
      parseInput(volunteeringQuery, req.query, 'query').year,
    );

  router.get('/volunteering/me', requireAuth, async (req, res) => {
    const r = await record(req);
    res.json({
      ...r,
      sessions: r.sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    } satisfies VolunteeringResponse);
  });

  router.get('/volunteering/me.csv', requireAuth, async (req, res) => {
    const r = await record(req);
    const rows = r.sessions.map((s) => [
      s.startsAt.toISOString(),
      s.kind,
      s.commune,
      (s.minutes / 60).toFixed(2),
    ]);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`benevolat-${r.year}.csv`)
      .send(toCsv(['starts_at', 'kind', 'commune', 'hours'], rows));
  });
  return router;
}
