import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { eventually } from '@fabrique/testkit';
import { startGateway, chunkedRequest } from '../test-gateway.js';
import { signingKey, signToken, startJwksServer, type JwksServer } from '../test-tokens.js';
import {
  closedPortUrl,
  echoUpstream,
  sha256,
  silentUpstream,
  type Echo,
  type SilentUpstream,
  type TestServer,
} from '../test-upstreams.js';
import { ROUTE_TABLE, SERVICES } from './route.table.js';

let jwks: JwksServer;
let bearer: string;
const upstreams: TestServer[] = [];
let gateway: TestServer;

beforeAll(async () => {
  const key = await signingKey('key-1');
  jwks = await startJwksServer([key]);
  bearer = `Bearer ${await signToken(key)}`;
  const env: Record<string, string> = { JWKS_URL: jwks.url };
  for (const service of SERVICES) {
    const upstream = await echoUpstream(service);
    upstreams.push(upstream);
    env[`${service.toUpperCase()}_URL`] = upstream.url;
  }
  gateway = await startGateway(env);
});

afterAll(async () => {
  await gateway.close();
  await Promise.all(upstreams.map((upstream) => upstream.close()));
  await jwks.close();
});

describe('routing', () => {
  it.each([...ROUTE_TABLE])(
    '/api/%s goes to %s with path and query unchanged',
    async (segment, service) => {
      const path = `/api/${segment}/some/where?kind=repair&q=caf%C3%A9%20vélo&x=1&x=2`;
      const res = await request(gateway.url).get(path).set('authorization', bearer);
      expect(res.status).toBe(200);
      const echo = res.body as Echo;
      expect(echo.service).toBe(service);
      expect(echo.method).toBe('GET');
      expect(echo.url).toBe(
        `/api/${segment}/some/where?kind=repair&q=caf%C3%A9%20v%C3%A9lo&x=1&x=2`,
      );
    },
  );

  it.each([
    '/api/ops/dlq',
    '/api/unknown',
    '/api',
    '/api/',
    '/api/workshops/../me',
    '/api/sessions/%2e%2e/x',
  ])('%s is 404 NOT_FOUND as problem+json', async (path) => {
    const res = await request(gateway.url).get(path).set('authorization', bearer);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('forwards method, body and end-to-end headers, not hop-by-hop ones', async () => {
    const res = await request(gateway.url)
      .patch('/api/workshops/w1')
      .set('authorization', bearer)
      .set('content-type', 'application/json')
      .set('connection', 'keep-alive, x-hop')
      .set('x-hop', 'drop me')
      .set('proxy-authorization', 'Basic c2VjcmV0')
      .set('te', 'trailers')
      .set('x-custom', 'kept')
      .send({ title: 'Réparer son vélo' });
    expect(res.status).toBe(200);
    const echo = res.body as Echo;
    expect(echo.method).toBe('PATCH');
    expect(echo.bodySha256).toBe(
      sha256(Buffer.from(JSON.stringify({ title: 'Réparer son vélo' }))),
    );
    expect(echo.headers).toMatchObject({
      authorization: bearer,
      'content-type': 'application/json',
      'x-custom': 'kept',
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': new URL(gateway.url).host,
    });
    expect(echo.headers).not.toHaveProperty('x-hop');
    expect(echo.headers).not.toHaveProperty('proxy-authorization');
    expect(echo.headers).not.toHaveProperty('te');
    expect(echo.headers.host).toBe(new URL(upstreams[SERVICES.indexOf('workshops')]!.url).host);
  });
});

describe('request ids', () => {
  it('makes one, answers it and forwards it', async () => {
    const res = await request(gateway.url).get('/api/workshops');
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((res.body as Echo).headers['x-request-id']).toBe(id);
  });

  it("keeps the caller's id", async () => {
    const res = await request(gateway.url)
      .get('/api/workshops')
      .set('x-request-id', 'trace-42.a:b');
    expect(res.headers['x-request-id']).toBe('trace-42.a:b');
    expect((res.body as Echo).headers['x-request-id']).toBe('trace-42.a:b');
  });
});

describe('the fast path and the express path', () => {
  // The first request with a token is verified by express; the next ones take the fast path.
  // A forwarded-for header sends the same request through express again.
  const viaExpress = { 'x-forwarded-for': '10.9.8.7' };
  const headerNames = (headers: Record<string, unknown>) =>
    Object.keys(headers)
      .filter((name) => !['date', 'x-request-id'].includes(name))
      .sort();

  it('answer a proxied request the same way', async () => {
    await request(gateway.url).get('/api/bookings/mine').set('authorization', bearer);
    const fast = await request(gateway.url).get('/api/bookings/mine').set('authorization', bearer);
    const slow = await request(gateway.url)
      .get('/api/bookings/mine')
      .set('authorization', bearer)
      .set(viaExpress);
    expect(fast.status).toBe(200);
    expect(slow.status).toBe(200);
    expect(headerNames(fast.headers)).toEqual(headerNames(slow.headers));
    const sent = (res: request.Response) => (res.body as Echo).headers;
    const forwarded = (res: request.Response) =>
      headerNames(sent(res)).filter((n) => n !== 'x-forwarded-for');
    expect(forwarded(fast)).toEqual(forwarded(slow));
    expect(sent(fast)['x-request-id']).toBe(fast.headers['x-request-id']);
    expect(fast.headers['content-security-policy']).toBe(slow.headers['content-security-policy']);
    expect(fast.headers['ratelimit-policy']).toBe(slow.headers['ratelimit-policy']);
  });

  it('answer a refused request the same way', async () => {
    const fast = await request(gateway.url)
      .get('/api/bookings/mine')
      .set('authorization', 'Bearer x.y.z');
    const slow = await request(gateway.url)
      .get('/api/bookings/mine')
      .set('authorization', 'Bearer x.y.z')
      .set(viaExpress);
    expect(fast.status).toBe(401);
    expect(JSON.parse(fast.text)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(headerNames(fast.headers)).toEqual(headerNames(slow.headers));
  });
});

describe('bodies', () => {
  const large = randomBytes(500 * 1024);

  it('streams a 500 kB body to the service and back intact', async () => {
    const res = await fetch(`${gateway.url}/api/bookings/mirror`, {
      method: 'POST',
      headers: { authorization: bearer, 'content-type': 'application/octet-stream' },
      body: large,
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(large)).toBe(true);
  });

  it('forwards a chunked body under the limit, still chunked', async () => {
    const chunks = [randomBytes(64 * 1024), randomBytes(64 * 1024), randomBytes(10)];
    const res = await chunkedRequest(`${gateway.url}/api/funds/f1/contributions`, chunks, {
      authorization: bearer,
    });
    expect(res.status).toBe(200);
    const echo = JSON.parse(res.body.toString()) as Echo;
    expect(echo.bodyLength).toBe(64 * 1024 * 2 + 10);
    expect(echo.bodySha256).toBe(sha256(Buffer.concat(chunks)));
    expect(echo.headers['transfer-encoding']).toBe('chunked');
  });

  it('refuses a Content-Length above the limit with 413', async () => {
    const res = await fetch(`${gateway.url}/api/bookings`, {
      method: 'POST',
      headers: { authorization: bearer, 'content-type': 'application/json' },
      body: Buffer.alloc(1024 * 1024 + 1, 0x20),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('cuts a chunked body at the limit with 413', async () => {
    const chunks = Array.from({ length: 24 }, () => randomBytes(64 * 1024));
    const res = await chunkedRequest(`${gateway.url}/api/bookings`, chunks, {
      authorization: bearer,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('upstream faults', () => {
  let silent: SilentUpstream;
  let faulty: TestServer;
  let hanging: SilentUpstream;
  let patient: TestServer;

  beforeAll(async () => {
    silent = await silentUpstream();
    faulty = await startGateway({
      JWKS_URL: jwks.url,
      WORKSHOPS_URL: silent.url,
      FUNDS_URL: await closedPortUrl(),
      UPSTREAM_TIMEOUT_MS: '300',
    });
    // A timeout far beyond the test's, so only the client's abort can end the exchange.
    hanging = await silentUpstream();
    patient = await startGateway({
      JWKS_URL: jwks.url,
      WORKSHOPS_URL: hanging.url,
      UPSTREAM_TIMEOUT_MS: '600000',
    });
  });

  afterAll(async () => {
    await Promise.all([faulty.close(), patient.close()]);
    await Promise.all([silent.close(), hanging.close()]);
  });

  it('answers 502 UPSTREAM_UNAVAILABLE when the service is down', async () => {
    const res = await request(faulty.url).get('/api/funds');
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 502 });
  });

  it('answers 504 UPSTREAM_TIMEOUT when the service does not answer in time', async () => {
    const res = await request(faulty.url).get('/api/workshops');
    expect(res.status).toBe(504);
    expect(JSON.parse(res.text)).toMatchObject({ code: 'UPSTREAM_TIMEOUT', status: 504 });
  });

  it('abandons the upstream request when the client goes away', async () => {
    const controller = new AbortController();
    const pending = fetch(`${patient.url}/api/sessions`, { signal: controller.signal });
    await eventually(
      async () => hanging.received,
      (count) => count === 1,
    );
    expect(hanging.abandoned).toBe(0);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await eventually(
      async () => hanging.abandoned,
      (count) => count === 1,
    );
  });
});
