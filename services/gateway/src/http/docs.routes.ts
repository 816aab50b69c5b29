import express, { type Router } from 'express';
import type { Logger } from '@fabrique/service-kit';
import { mergeDocuments, serviceDocumentSchema, type FetchedDocument } from './docs.merge.js';
import { docsInitScript, docsPage, swaggerUiDir } from './docs.page.js';
import type { ServiceName } from './route.table.js';
import { getWithDeadline } from './upstream.probe.js';
import type { Upstream, Upstreams } from './upstream.registry.js';

/** Version of the merged document; the services' own documents carry theirs. */
const API_VERSION = '0.1.0';

export interface DocsDeps {
  upstreams: Upstreams;
  timeoutMs: number;
  logger: Logger;
}

async function fetchDocument(upstream: Upstream, timeoutMs: number): Promise<FetchedDocument> {
  const response = await getWithDeadline(`${upstream.baseUrl}/openapi.json`, timeoutMs);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`GET /openapi.json answered ${response.status}`);
  }
  return { service: upstream.name, document: serviceDocumentSchema.parse(await response.json()) };
}

/** Asks every configured service at once; one that fails is reported, not fatal. */
async function mergedDocument(deps: DocsDeps) {
  const results = await Promise.allSettled(
    deps.upstreams.all.map((upstream) => fetchDocument(upstream, deps.timeoutMs)),
  );
  const documents: FetchedDocument[] = [];
  const unavailable: ServiceName[] = [];
  results.forEach((result, index) => {
    const service = deps.upstreams.all[index]!.name;
    if (result.status === 'fulfilled') documents.push(result.value);
    else {
      unavailable.push(service);
      deps.logger.warn({ err: result.reason, service }, 'OpenAPI document unavailable');
    }
  });
  return mergeDocuments(documents, unavailable, API_VERSION);
}

/** `/api/docs` (HTML), `/api/docs/openapi.json` (merged) and the page's static assets. */
export function docsRoutes(deps: DocsDeps): Router {
  const router = express.Router();
  router.get('/openapi.json', async (_req, res) => {
    res.set('cache-control', 'no-store').json(await mergedDocument(deps));
  });
  router.get('/', (_req, res) => {
    res.type('html').send(docsPage);
  });
  router.get('/assets/init.js', (_req, res) => {
    res.type('js').send(docsInitScript);
  });
  router.use('/assets', express.static(swaggerUiDir, { index: false, maxAge: '1h' }));
  return router;
}
