import express, { type Request, type Router } from 'express';
import type { FunderStatementResponse } from '@fabrique/contracts';
import { parseInput, principalOf, requireAuth, parseParams } from '@fabrique/service-kit';
import type { FundsDeps } from '../use-cases/deps.js';
import { fundOrFail } from '../use-cases/funds.js';
import { statementFor } from '../use-cases/statements.js';
import { certificateHtml, statementCsv } from './renderers.js';
import { idParams, statementQuery } from './schemas.js';

/** "What did my money pay for": JSON, CSV and a printable certificate. */
export function statementRoutes(deps: FundsDeps): Router {
  const router = express.Router();
  router.use(requireAuth);

  const statement = (req: Request) =>
    statementFor(
      deps,
      principalOf(req),
      fundOrFail(deps, parseParams(idParams, req.params).id),
      parseInput(statementQuery, req.query, 'query'),
    );

  router.get('/:id/statements/me', async (req, res) => {
    res.json((await statement(req)) satisfies FunderStatementResponse);
  });

  router.get('/:id/statements/me.csv', async (req, res) => {
    const s = await statement(req);
    res.type('text/csv; charset=utf-8').attachment(`releve-${s.fundId}.csv`).send(statementCsv(s));
  });

  router.get('/:id/statements/me/certificate.html', async (req, res) => {
    res.type('text/html; charset=utf-8').send(certificateHtml(await statement(req)));
  });

  return router;
}
