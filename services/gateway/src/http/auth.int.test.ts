import request from 'supertest';
import { startGateway } from '../test-gateway.js';
import {
  signingKey,
  signToken,
  startJwksServer,
  type JwksServer,
  type SigningKey,
} from '../test-tokens.js';
import { closedPortUrl, echoUpstream, type Echo, type TestServer } from '../test-upstreams.js';
import { SERVICES } from './route.table.js';

let current: SigningKey;
let jwks: JwksServer;
const upstreams: TestServer[] = [];
let gateway: TestServer;
let upstreamEnv: Record<string, string>;

beforeAll(async () => {
  current = await signingKey('key-2025-01');
  jwks = await startJwksServer([current]);
  upstreamEnv = {};
  for (const service of SERVICES) {
    const upstream = await echoUpstream(service);
    upstreams.push(upstream);
    upstreamEnv[`${service.toUpperCase()}_URL`] = upstream.url;
  }
  // No cooldown, so that the rotation case can refetch at once.
  gateway = await startGateway({ ...upstreamEnv, JWKS_URL: jwks.url, JWKS_COOLDOWN_MS: '0' });
});

afterAll(async () => {
  await gateway.close();
  await Promise.all(upstreams.map((upstream) => upstream.close()));
  await jwks.close();
});

function expectUnauthenticated(res: request.Response): void {
  expect(res.status).toBe(401);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(res.text)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
}

const now = () => Math.floor(Date.now() / 1000);

describe('protected routes', () => {
  it('need a token', async () => {
    expectUnauthenticated(await request(gateway.url).get('/api/me'));
    expectUnauthenticated(
      await request(gateway.url).post('/api/bookings').send({ sessionId: 's1' }),
    );
    expectUnauthenticated(await request(gateway.url).get('/api/funds/f1/ledger'));
  });

  it('pass with a valid token, forwarded unchanged', async () => {
    const token = await signToken(current);
    const res = await request(gateway.url).get('/api/me').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect((res.body as Echo).headers.authorization).toBe(`Bearer ${token}`);
  });

  it.each([
    ['an expired token', () => signToken(current, { expiresAt: now() - 120 })],
    [
      'a token signed by another key with the same kid',
      async () => signToken(await signingKey(current.kid)),
    ],
    ['a token for another audience', () => signToken(current, { audience: 'someone-else' })],
    ['a token from another issuer', () => signToken(current, { issuer: 'https://evil.example' })],
    ['a token that is not a JWT', async () => 'not.a.jwt'],
  ])('refuse %s', async (_case, makeToken) => {
    const token = await makeToken();
    expectUnauthenticated(
      await request(gateway.url).get('/api/me').set('authorization', `Bearer ${token}`),
    );
  });

  it('refuse other authorization schemes', async () => {
    expectUnauthenticated(
      await request(gateway.url).get('/api/me').set('authorization', 'Basic YWxpY2U6c2VjcmV0'),
    );
  });
});

describe('public routes', () => {
  it.each([
    ['POST', '/api/accounts'],
    ['POST', '/api/auth/login'],
    ['POST', '/api/auth/refresh'],
    ['POST', '/api/auth/logout'],
    ['GET', '/api/auth/jwks.json'],
    ['GET', '/api/communes'],
    ['GET', '/api/organisations'],
    ['GET', '/api/workshops?kind=repair'],
    ['GET', '/api/workshops/w1'],
    ['GET', '/api/sessions?from=2025-01-01'],
    ['GET', '/api/venues'],
    ['GET', '/api/calendar/catalogue.ics?commune=vassieux'],
    ['GET', '/api/bookings/calendar/abc123.ics'],
    ['GET', '/api/funds'],
    ['GET', '/api/funds/f1/summary'],
    ['GET', '/api/rounds'],
    ['GET', '/api/rounds/r1/results'],
  ])('%s %s passes without a token', async (method, path) => {
    const res = await request(gateway.url)[method === 'GET' ? 'get' : 'post'](path);
    expect(res.status).toBe(200);
    expect((res.body as Echo).url).toBe(path);
  });

  it.each([
    ['POST', '/api/workshops'],
    ['GET', '/api/bookings'],
    ['GET', '/api/funds/f1/ledger'],
    ['GET', '/api/funds/f1/statements/me'],
    ['POST', '/api/rounds/r1/proposals'],
    ['GET', '/api/accounts/a1'],
    ['GET', '/api/notifications'],
  ])('but %s %s does not', async (method, path) => {
    expectUnauthenticated(await request(gateway.url)[method === 'GET' ? 'get' : 'post'](path));
  });

  it('still refuse an invalid token when one is sent', async () => {
    const expired = await signToken(current, { expiresAt: now() - 120 });
    expectUnauthenticated(
      await request(gateway.url).get('/api/workshops').set('authorization', `Bearer ${expired}`),
    );
  });
});

describe('key rotation', () => {
  it('accepts a token whose new kid appears in the key set later', async () => {
    const next = await signingKey('key-2025-02');
    const token = await signToken(next);
    const call = () => request(gateway.url).get('/api/me').set('authorization', `Bearer ${token}`);

    expectUnauthenticated(await call());
    jwks.publish([current, next]);
    const fetchesBefore = jwks.fetches;
    expect((await call()).status).toBe(200);
    expect(jwks.fetches).toBe(fetchesBefore + 1);
    // Cached from then on: tokens of both keys pass without fetching again.
    expect((await call()).status).toBe(200);
    const old = await signToken(current);
    expect(
      (await request(gateway.url).get('/api/me').set('authorization', `Bearer ${old}`)).status,
    ).toBe(200);
    expect(jwks.fetches).toBe(fetchesBefore + 1);
  });
});

describe('when the key set cannot be fetched', () => {
  let blind: TestServer;

  beforeAll(async () => {
    blind = await startGateway({ ...upstreamEnv, JWKS_URL: await closedPortUrl() });
  });

  afterAll(() => blind.close());

  it('answers 503 AUTH_UNAVAILABLE for a token, not 401 or 500', async () => {
    const token = await signToken(current);
    const res = await request(blind.url).get('/api/me').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text)).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
  });

  it('still serves public routes to callers without a token', async () => {
    expect((await request(blind.url).get('/api/workshops')).status).toBe(200);
    expectUnauthenticated(await request(blind.url).get('/api/me'));
  });
});
