import { SignJWT } from 'jose';
import request from 'supertest';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
} from '@fabrique/contracts';
import { startGateway } from '../test-gateway.js';
import { signingKey, startJwksServer, type JwksServer, type SigningKey } from '../test-tokens.js';
import { closedPortUrl, echoUpstream, type Echo, type TestServer } from '../test-upstreams.js';

let key: SigningKey;
let jwks: JwksServer;
let bookings: TestServer;
let funds: TestServer;
let gateway: TestServer;
let coordinator: string;
let resident: string;

function tokenWith(roles: string[]): Promise<string> {
  return new SignJWT({ roles, commune: 'vassieux-en-vercors', orgs: [] })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(`account-${roles.join('-')}`)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key.privateKey);
}

beforeAll(async () => {
  key = await signingKey('ops-key');
  jwks = await startJwksServer([key]);
  bookings = await echoUpstream('bookings');
  funds = await echoUpstream('funds');
  gateway = await startGateway({
    BOOKINGS_URL: bookings.url,
    FUNDS_URL: funds.url,
    // Configured, but nothing listens there.
    NOTIFICATIONS_URL: await closedPortUrl(),
    JWKS_URL: jwks.url,
  });
  coordinator = await tokenWith(['resident', 'coordinator']);
  resident = await tokenWith(['resident']);
});

afterAll(async () => {
  await gateway.close();
  await bookings.close();
  await funds.close();
  await jwks.close();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });

function expectProblem(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(res.text)).toMatchObject({ status, code });
}

describe('/api/ops/<service>', () => {
  it('goes to the service named by the second segment, token and all', async () => {
    const listed = await request(gateway.url)
      .get('/api/ops/bookings/dead-letters?limit=5')
      .set(as(coordinator));
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({
      service: 'bookings',
      method: 'GET',
      url: '/api/ops/bookings/dead-letters?limit=5',
      headers: { authorization: `Bearer ${coordinator}` },
    });
    const replayed = await request(gateway.url)
      .post('/api/ops/funds/dead-letters/3/replay')
      .set(as(coordinator));
    expect(replayed.status).toBe(200);
    expect(replayed.body).toMatchObject({
      service: 'funds',
      method: 'POST',
      url: '/api/ops/funds/dead-letters/3/replay',
    });
  });

  it('is 404 for a service that is unknown or not configured', async () => {
    for (const path of [
      '/api/ops/nope/status',
      '/api/ops/constructor/status',
      '/api/ops/accounts/status',
      '/api/ops/',
    ]) {
      const res = await request(gateway.url).post(path).set(as(coordinator));
      expectProblem(res, 404, 'NOT_FOUND');
    }
    expectProblem(
      await request(gateway.url).get('/api/ops/nope/status').set(as(coordinator)),
      404,
      'NOT_FOUND',
    );
  });

  it('is refused at the gateway without the coordinator role', async () => {
    expectProblem(
      await request(gateway.url).get('/api/ops/bookings/status'),
      401,
      'UNAUTHENTICATED',
    );
    // The echo service would answer 200: the refusal is the gateway's own.
    expectProblem(
      await request(gateway.url).get('/api/ops/bookings/status').set(as(resident)),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await request(gateway.url).post('/api/ops/bookings/dead-letters/replay').set(as(resident)),
      403,
      'FORBIDDEN',
    );
    expectProblem(await request(gateway.url).get('/api/ops').set(as(resident)), 403, 'FORBIDDEN');
    expectProblem(await request(gateway.url).get('/api/ops'), 401, 'UNAUTHENTICATED');
  });
});

describe('GET /api/ops', () => {
  it('gathers every configured service’s status and marks the unreachable one', async () => {
    const res = await request(gateway.url).get('/api/ops').set(as(coordinator));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { services } = res.body as { services: Record<string, Echo | { error: string }> };
    expect(Object.keys(services).sort()).toEqual(['bookings', 'funds', 'notifications']);
    for (const name of ['bookings', 'funds']) {
      expect(services[name]).toMatchObject({
        service: name,
        method: 'GET',
        url: `/api/ops/${name}/status`,
        headers: { authorization: `Bearer ${coordinator}` },
      });
    }
    expect(services.notifications).toEqual({ error: expect.stringContaining('notifications') });
  });
});
