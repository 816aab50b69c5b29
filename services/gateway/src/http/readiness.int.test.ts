import request from 'supertest';
import { startGateway } from '../test-gateway.js';
import { signingKey, startJwksServer, type JwksServer } from '../test-tokens.js';
import { closedPortUrl, echoUpstream, silentUpstream, type TestServer } from '../test-upstreams.js';

let jwks: JwksServer;
const servers: TestServer[] = [];
const started = async <T extends TestServer>(server: Promise<T>): Promise<T> => {
  const ready = await server;
  servers.push(ready);
  return ready;
};

beforeAll(async () => {
  jwks = await started(startJwksServer([await signingKey('k1')]));
});

afterAll(async () => {
  // Gateways first (they hold connections to the others), then the upstreams.
  for (const server of servers.reverse()) await server.close();
});

describe('/readyz', () => {
  it('is 200 when every configured service is ready', async () => {
    const accounts = await started(echoUpstream('accounts'));
    const funds = await started(echoUpstream('funds'));
    const gateway = await started(
      startGateway({ ACCOUNTS_URL: accounts.url, FUNDS_URL: funds.url, JWKS_URL: jwks.url }),
    );
    const res = await request(gateway.url).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { accounts: 'up', funds: 'up' } });
  });

  it('is 503 and says which service is down (not ready, unreachable, hanging)', async () => {
    const accounts = await started(echoUpstream('accounts'));
    const workshops = await started(echoUpstream('workshops', { ready: false }));
    const hanging = await started(silentUpstream());
    const gateway = await started(
      startGateway({
        ACCOUNTS_URL: accounts.url,
        WORKSHOPS_URL: workshops.url,
        BOOKINGS_URL: await closedPortUrl(),
        FUNDS_URL: hanging.url,
        JWKS_URL: jwks.url,
        PROBE_TIMEOUT_MS: '300',
      }),
    );
    const res = await request(gateway.url).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      status: 'unavailable',
      checks: { accounts: 'up', workshops: 'down', bookings: 'down', funds: 'down' },
    });
    // Liveness is the gateway's own.
    expect((await request(gateway.url).get('/healthz')).status).toBe(200);
  });
});
