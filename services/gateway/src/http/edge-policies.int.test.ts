import request from 'supertest';
import { startGateway } from '../test-gateway.js';
import { signingKey, startJwksServer, type JwksServer } from '../test-tokens.js';
import { echoUpstream, type TestServer } from '../test-upstreams.js';

let jwks: JwksServer;
let accounts: TestServer;
let workshops: TestServer;
let gateway: TestServer;
/** Its own gateway, so that the rate-limit cases do not eat into the other cases' budget. */
let limited: TestServer;

const ALLOWED = 'https://app.fabrique.example';

beforeAll(async () => {
  jwks = await startJwksServer([await signingKey('k1')]);
  accounts = await echoUpstream('accounts');
  workshops = await echoUpstream('workshops');
  const env = { ACCOUNTS_URL: accounts.url, WORKSHOPS_URL: workshops.url, JWKS_URL: jwks.url };
  gateway = await startGateway({ ...env, CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` });
  limited = await startGateway({ ...env, AUTH_RATE_LIMIT_MAX: '3', RATE_LIMIT_MAX: '12' });
});

afterAll(async () => {
  await Promise.all([gateway.close(), limited.close()]);
  await Promise.all([accounts.close(), workshops.close(), jwks.close()]);
});

describe('rate limits', () => {
  it('answer 429 RATE_LIMITED with Retry-After past the /api/auth limit', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await request(limited.url).post('/api/auth/login').send({})).status).toBe(200);
    }
    const res = await request(limited.url).post('/api/auth/login').send({});
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // The stricter limit is for /api/auth only.
    expect((await request(limited.url).get('/api/workshops')).status).toBe(200);
  });

  it('answer 429 past the general limit on any /api route', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      statuses.push((await request(limited.url).get('/api/sessions')).status);
    }
    // 4 /api/auth and 1 /api/workshops calls above count too: 12 allowed in all.
    expect(statuses.filter((status) => status === 200)).toHaveLength(12 - 5);
    expect(statuses.slice(12 - 5)).toEqual(Array(5).fill(429));
    expect(res429Code(await request(limited.url).get('/api/workshops'))).toBe('RATE_LIMITED');
    // Health probes are not rate limited.
    expect((await request(limited.url).get('/healthz')).status).toBe(200);
  });
});

function res429Code(res: request.Response): unknown {
  expect(res.status).toBe(429);
  return (JSON.parse(res.text) as { code: unknown }).code;
}

describe('CORS', () => {
  const preflight = (origin: string) =>
    request(gateway.url)
      .options('/api/accounts')
      .set('origin', origin)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization, content-type');

  it('allows a preflight from a configured origin, with credentials', async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toMatch(/authorization/i);
  });

  it('does not allow another origin', async () => {
    const res = await preflight('https://evil.example');
    // Without Allow-Origin the browser refuses (the other Allow-* headers are sent regardless).
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets the allowed origin read the request id', async () => {
    const res = await request(gateway.url).get('/api/workshops').set('origin', ALLOWED);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-expose-headers']).toMatch(/X-Request-Id/);
  });
});

describe('security headers', () => {
  it('come with every answer, proxied or not', async () => {
    for (const path of ['/healthz', '/api/nothing']) {
      const res = await request(gateway.url).get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
