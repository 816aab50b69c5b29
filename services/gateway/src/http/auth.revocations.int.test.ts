// The edge refuses the tokens of an account signed out everywhere or deleted, from the moment
// accounts' event arrives, even a token it had already verified and cached. The services
// behind are echo servers that accept anything: a 401 here can only come from the gateway.
import request from 'supertest';
import { connectBus, ensureStreams, publishEvent, type Bus } from '@fabrique/bus';
import { accountDeletedV1, accountSignedOutV1 } from '@fabrique/contracts';
import { eventually, isolatedEnvironment } from '@fabrique/testkit';
import { startGateway } from '../test-gateway.js';
import { signingKey, signToken, startJwksServer, type JwksServer } from '../test-tokens.js';
import type { SigningKey } from '../test-tokens.js';
import { echoUpstream, type TestServer } from '../test-upstreams.js';
import { SERVICES } from './route.table.js';

const env = isolatedEnvironment('gateway_revocations');
let key: SigningKey;
let jwks: JwksServer;
let bus: Bus;
const upstreams: TestServer[] = [];
let gateway: TestServer;

beforeAll(async () => {
  key = await signingKey('key-revocations');
  jwks = await startJwksServer([key]);
  bus = await connectBus({ servers: env.natsUrl, name: 'test', namespace: env.namespace });
  await ensureStreams(bus, ['accounts']);
  const upstreamEnv: Record<string, string> = {};
  for (const service of SERVICES) {
    const upstream = await echoUpstream(service);
    upstreams.push(upstream);
    upstreamEnv[`${service.toUpperCase()}_URL`] = upstream.url;
  }
  gateway = await startGateway({
    ...upstreamEnv,
    JWKS_URL: jwks.url,
    NATS_URL: env.natsUrl,
    NATS_NAMESPACE: env.namespace,
  });
});

afterAll(async () => {
  await gateway.close();
  await Promise.all(upstreams.map((upstream) => upstream.close()));
  await jwks.close();
  await bus.close();
});

const seconds = () => Math.floor(Date.now() / 1000);

const me = (token: string) =>
  request(gateway.url).get('/api/me').set('authorization', `Bearer ${token}`);

async function signedOut(accountId: string, at: Date) {
  await publishEvent(
    bus,
    accountSignedOutV1.create(
      { subject: accountId, source: 'test' },
      { accountId, at: at.toISOString(), reason: 'everywhere', version: 3 },
    ),
  );
}

describe('tokens of a signed-out account', () => {
  it('are refused at the edge from the sign-out on, even one already verified', async () => {
    const before = await signToken(key, { sub: 'acc-out', issuedAt: seconds() - 30 });
    const neighbour = await signToken(key, { sub: 'acc-other', issuedAt: seconds() - 30 });
    // Twice: the second request takes the cached (fast) path.
    expect((await me(before)).status).toBe(200);
    expect((await me(before)).status).toBe(200);

    const at = new Date();
    await signedOut('acc-out', at);

    const refused = await eventually(
      () => me(before),
      (res) => res.status === 401,
    );
    expect(refused.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    // Also on a public route, and for any method.
    const catalogue = await request(gateway.url)
      .get('/api/workshops')
      .set('authorization', `Bearer ${before}`);
    expect(catalogue.status).toBe(401);
    // Someone else is not affected; the same person signing in again gets through.
    expect((await me(neighbour)).status).toBe(200);
    const after = await signToken(key, {
      sub: 'acc-out',
      issuedAt: Math.floor(at.getTime() / 1000) + 1,
    });
    expect((await me(after)).status).toBe(200);
  });
});

describe('tokens of a deleted account', () => {
  it('are all refused, whenever issued', async () => {
    const held = await signToken(key, { sub: 'acc-gone' });
    expect((await me(held)).status).toBe(200);
    const deletedAt = new Date();
    await publishEvent(
      bus,
      accountDeletedV1.create(
        { subject: 'acc-gone', source: 'test' },
        { accountId: 'acc-gone', deletedAt: deletedAt.toISOString(), version: 2 },
      ),
    );
    expect(
      (
        await eventually(
          () => me(held),
          (res) => res.status === 401,
        )
      ).status,
    ).toBe(401);
    const racing = await signToken(key, { sub: 'acc-gone', issuedAt: seconds() + 5 });
    expect((await me(racing)).status).toBe(401);
  });
});

describe('a gateway started after the sign-out', () => {
  it('replays the last hour of revocations before it serves', async () => {
    const before = await signToken(key, { sub: 'acc-earlier', issuedAt: seconds() - 30 });
    await signedOut('acc-earlier', new Date());
    const late = await startGateway({
      ACCOUNTS_URL: upstreams[0]!.url,
      JWKS_URL: jwks.url,
      NATS_URL: env.natsUrl,
      NATS_NAMESPACE: env.namespace,
    });
    try {
      const res = await request(late.url).get('/api/me').set('authorization', `Bearer ${before}`);
      expect(res.status).toBe(401);
    } finally {
      await late.close();
    }
  });
});
