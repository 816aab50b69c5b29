import request from 'supertest';
import { z } from 'zod';
import { openApiDocument } from '@fabrique/service-kit';
import { startGateway } from '../test-gateway.js';
import { signingKey, startJwksServer, type JwksServer } from '../test-tokens.js';
import { closedPortUrl, echoUpstream, type TestServer } from '../test-upstreams.js';

/** A service document as service-kit generates it, plus named schemas of the service's own. */
function serviceDocument(
  title: string,
  path: string,
  schemas: Record<string, unknown>,
  responseRef: string,
) {
  const document = openApiDocument({ title, version: '1.0.0' }, [
    {
      method: 'get',
      path,
      summary: `List ${title}`,
      access: 'public',
      query: z.object({ limit: z.coerce.number().int().optional() }),
      responses: { 200: { description: 'OK' } },
    },
  ]);
  const operation = document.paths[path]!.get as Record<string, unknown>;
  operation.responses = {
    ...(operation.responses as object),
    200: { description: 'OK', content: { 'application/json': { schema: { $ref: responseRef } } } },
  };
  return {
    ...document,
    components: { ...document.components, schemas: { ...document.components.schemas, ...schemas } },
  };
}

const accountsDoc = serviceDocument(
  'accounts',
  '/api/communes',
  {
    Commune: { type: 'object', properties: { name: { type: 'string' } } },
    Page: {
      type: 'object',
      properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Commune' } } },
    },
  },
  '#/components/schemas/Page',
);
const fundsDoc = serviceDocument(
  'funds',
  '/api/funds',
  {
    Fund: { type: 'object', properties: { balanceCents: { type: 'integer' } } },
    Page: {
      type: 'object',
      properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Fund' } } },
    },
  },
  '#/components/schemas/Page',
);

let jwks: JwksServer;
let accounts: TestServer;
let funds: TestServer;
let gateway: TestServer;

beforeAll(async () => {
  jwks = await startJwksServer([await signingKey('k1')]);
  accounts = await echoUpstream('accounts', { openapi: accountsDoc });
  funds = await echoUpstream('funds', { openapi: fundsDoc });
  gateway = await startGateway({
    ACCOUNTS_URL: accounts.url,
    FUNDS_URL: funds.url,
    NOTIFICATIONS_URL: await closedPortUrl(),
    JWKS_URL: jwks.url,
  });
});

afterAll(async () => {
  await gateway.close();
  await Promise.all([accounts.close(), funds.close(), jwks.close()]);
});

describe('GET /api/docs/openapi.json', () => {
  it('merges the services’ documents into one, without a token', async () => {
    const res = await request(gateway.url).get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Fabrique API');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/communes', '/api/funds']);
    expect(doc.paths['/api/communes'].get.parameters).toEqual(
      (accountsDoc.paths['/api/communes']!.get as { parameters: unknown }).parameters,
    );
    expect(doc.paths['/api/funds'].get.tags).toEqual(['funds']);
    expect(doc.components.securitySchemes.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
  });

  it('prefixes clashing schema names with the service and rewrites the refs', async () => {
    const { body: doc } = await request(gateway.url).get('/api/docs/openapi.json');
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas).sort()).toEqual([
      'Commune',
      'Fund',
      'Problem',
      'accounts.Page',
      'funds.Page',
    ]);
    // Identical in both services, so shared under its own name.
    expect(schemas.Problem).toEqual(accountsDoc.components.schemas.Problem);
    expect(schemas['funds.Page'].properties.items.items).toEqual({
      $ref: '#/components/schemas/Fund',
    });
    const okSchema = (path: string): unknown =>
      doc.paths[path].get.responses['200'].content['application/json'].schema;
    expect(okSchema('/api/communes')).toEqual({ $ref: '#/components/schemas/accounts.Page' });
    expect(okSchema('/api/funds')).toEqual({ $ref: '#/components/schemas/funds.Page' });
    expect(
      doc.paths['/api/funds'].get.responses['503'].content['application/problem+json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/Problem',
    });
  });

  it('lists the services it could not reach under x-unavailable', async () => {
    const { body: doc } = await request(gateway.url).get('/api/docs/openapi.json');
    expect(doc['x-unavailable']).toEqual(['notifications']);
  });
});

describe('GET /api/docs', () => {
  it('is an HTML page whose assets the gateway serves itself', async () => {
    const res = await request(gateway.url).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<title>Fabrique — API</title>');
    const assets = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url!);
    expect(assets).toEqual([
      '/api/docs/assets/swagger-ui.css',
      '/api/docs/assets/swagger-ui-bundle.js',
      '/api/docs/assets/init.js',
    ]);
    for (const asset of assets) {
      const served = await request(gateway.url).get(asset);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toMatch(
        asset.endsWith('.css') ? /^text\/css/ : /javascript/,
      );
      expect(Number(served.headers['content-length'] ?? served.text.length)).toBeGreaterThan(100);
    }
    const init = await request(gateway.url).get('/api/docs/assets/init.js');
    expect(init.text).toContain("url: '/api/docs/openapi.json'");
  });

  it('answers 404 for an asset that does not exist', async () => {
    const res = await request(gateway.url).get('/api/docs/assets/nope.js');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
