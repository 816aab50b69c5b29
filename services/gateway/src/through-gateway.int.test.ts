// End to end through the real gateway and the real accounts service, both started as the
// built processes production runs, on the run's NATS + FerretDB.
import { join } from 'node:path';
import { accountDeletedV1 } from '@fabrique/contracts';
import {
  connectBus,
  ensureStreams,
  on,
  startConsumer,
  type Bus,
  type RunningConsumer,
} from '@fabrique/bus';
import { createLogger } from '@fabrique/service-kit';
import {
  eventually,
  freePort,
  isolatedEnvironment,
  serviceVariables,
  startProcess,
  type ServiceProcess,
} from '@fabrique/testkit';

const servicesDir = join(import.meta.dirname, '../..');
const env = isolatedEnvironment('e2e');
let accounts: ServiceProcess;
let bookings: ServiceProcess;
let gateway: ServiceProcess;
let api: string;
let accountsPort: number;
let bus: Bus;
const password = 'une grainothèque à Saint-Laurent';

function startService(
  name: string,
  script: string,
  extra: Record<string, string>,
  args: string[] = [],
): ServiceProcess {
  return startProcess(
    process.execPath,
    ['--enable-source-maps', join(servicesDir, name, 'dist', script), ...args],
    {
      PATH: process.env.PATH,
      LOG_LEVEL: 'warn',
      ...extra,
    },
  );
}

function startAccounts(): ServiceProcess {
  return startService('accounts', 'main.js', {
    ...serviceVariables(env),
    PORT: String(accountsPort),
    LOG_LEVEL: 'info',
  });
}

async function call(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
  };
}

async function signUp(email: string) {
  const registered = await call('POST', '/api/accounts', {
    email,
    password,
    displayName: 'Test',
    commune: 'Saint-Laurent-en-Royans',
  });
  expect(registered.status).toBe(201);
  const login = await call('POST', '/api/auth/login', { email, password });
  expect(login.status).toBe(200);
  return {
    id: registered.body.id as string,
    accessToken: login.body.accessToken as string,
    refreshToken: login.body.refreshToken as string,
  };
}

beforeAll(async () => {
  accountsPort = await freePort();
  const gatewayPort = await freePort();
  api = `http://127.0.0.1:${gatewayPort}`;
  bus = await connectBus({ servers: env.natsUrl, name: 'e2e', namespace: env.namespace });
  await ensureStreams(bus, ['accounts']);
  accounts = startAccounts();
  await accounts.waitForOutput(/listening/);
  const bookingsPort = await freePort();
  bookings = startService('bookings', 'main.js', {
    PORT: String(bookingsPort),
    MONGO_URL: `${env.mongoUrl}${env.dbName}_bookings`,
    NATS_URL: env.natsUrl,
    NATS_NAMESPACE: env.namespace,
    JWKS_URL: `http://127.0.0.1:${accountsPort}/api/auth/jwks.json`,
    LOG_LEVEL: 'info',
  });
  await bookings.waitForOutput(/listening/);
  gateway = startService('gateway', 'main.js', {
    PORT: String(gatewayPort),
    ACCOUNTS_URL: `http://127.0.0.1:${accountsPort}`,
    BOOKINGS_URL: `http://127.0.0.1:${bookingsPort}`,
    NATS_URL: env.natsUrl,
    NATS_NAMESPACE: env.namespace,
    AUTH_RATE_LIMIT_MAX: '200',
    LOG_LEVEL: 'info',
  });
  await gateway.waitForOutput(/listening/);
});

afterAll(async () => {
  await gateway.kill();
  await bookings.kill();
  await accounts.kill();
  await bus.close();
});

describe('accounts through the gateway', () => {
  it('registers, signs in and calls a protected route; 401 without a token', async () => {
    const alice = await signUp('alice@example.org');
    const me = await call('GET', '/api/me', undefined, alice.accessToken);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: alice.id,
      email: 'alice@example.org',
      roles: ['resident'],
    });
    const anonymous = await call('GET', '/api/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.type).toMatch(/^application\/problem\+json/);
  });

  it('rotates refresh tokens and detects reuse', async () => {
    const bob = await signUp('bob@example.org');
    const rotated = await call('POST', '/api/auth/refresh', { refreshToken: bob.refreshToken });
    expect(rotated.status).toBe(200);
    const reused = await call('POST', '/api/auth/refresh', { refreshToken: bob.refreshToken });
    expect(reused.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect(
      (await call('POST', '/api/auth/refresh', { refreshToken: rotated.body.refreshToken })).status,
    ).toBe(401);
  });

  it('a coordinator grants host and the new token carries it; a resident gets 403', async () => {
    const coordinator = await signUp('coordinator@example.org');
    const admin = startService(
      'accounts',
      'admin.js',
      {
        ...serviceVariables(env),
      },
      ['grant-role', 'coordinator@example.org', 'coordinator'],
    );
    expect(await admin.exited()).toBe(0);
    const coordinatorToken = (
      await call('POST', '/api/auth/refresh', { refreshToken: coordinator.refreshToken })
    ).body.accessToken as string;
    const carol = await signUp('carol@example.org');

    const forbidden = await call(
      'POST',
      `/api/accounts/${carol.id}/roles`,
      { grant: ['host'] },
      carol.accessToken,
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    const granted = await call(
      'POST',
      `/api/accounts/${carol.id}/roles`,
      { grant: ['host'] },
      coordinatorToken,
    );
    expect(granted.body.roles).toEqual(['resident', 'host']);
    const refreshed = await call('POST', '/api/auth/refresh', { refreshToken: carol.refreshToken });
    const claims = JSON.parse(
      Buffer.from((refreshed.body.accessToken as string).split('.')[1]!, 'base64url').toString(),
    );
    expect(claims.roles).toEqual(['resident', 'host']);
  });

  it('deleting my account emits one event that a consumer receives once', async () => {
    const received: string[] = [];
    const consumer: RunningConsumer = await startConsumer(bus, {
      durable: 'e2e--deletions',
      logger: createLogger('e2e', 'silent'),
      subscriptions: [
        on(accountDeletedV1, async (event) => void received.push(event.data.accountId)),
      ],
    });
    const dora = await signUp('dora@example.org');
    expect((await call('DELETE', '/api/me', undefined, dora.accessToken)).status).toBe(204);
    await eventually(
      async () => received.length,
      (count) => count === 1,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    expect(received).toEqual([dora.id]);
    await consumer.stop();
  });

  it('a deleted account’s token is refused by the other services from the deletion on', async () => {
    const erin = await signUp('erin@example.org');
    const book = () =>
      call(
        'POST',
        '/api/bookings',
        { sessionId: '01a24a00-0000-7000-8000-000000000000' },
        erin.accessToken,
      );
    expect((await book()).body.code).toBe('SESSION_NOT_FOUND'); // the token was accepted
    expect((await call('DELETE', '/api/me', undefined, erin.accessToken)).status).toBe(204);
    const refused = await eventually(book, (res) => res.status === 401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers problems in French by default and in the language asked for, its own and a service’s', async () => {
    const grace = await signUp('grace@example.org');
    const ask = (path: string, language?: string, token?: string) =>
      fetch(`${api}${path}`, {
        headers: {
          ...(language && { 'accept-language': language }),
          ...(token && { authorization: `Bearer ${token}` }),
        },
      });
    const edge = await ask('/api/me');
    expect(edge.headers.get('content-language')).toBe('fr');
    expect(await edge.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      title: 'Vous devez vous connecter',
    });
    const edgeInEnglish = await ask('/api/me', 'en-GB,en;q=0.8');
    expect(await edgeInEnglish.json()).toMatchObject({ title: 'Authentication is required' });
    // The language travels to the service behind the gateway, and comes back named.
    const unknown = '/api/bookings/01a24a00-0000-7000-8000-000000000000';
    const service = await ask(unknown, 'en', grace.accessToken);
    expect(service.headers.get('content-language')).toBe('en');
    expect(service.headers.get('vary')).toMatch(/Accept-Language/);
    type Problem = { code: string; title: string };
    const french = (await (await ask(unknown, undefined, grace.accessToken)).json()) as Problem;
    const english = (await service.json()) as Problem;
    expect(english.code).toBe(french.code);
    expect(english.title).not.toBe(french.title);
  });

  it('answers 502 problem+json at once when the service is stopped', async () => {
    const frank = await signUp('frank@example.org');
    await accounts.kill('SIGTERM');
    const down = await call('GET', '/api/me', undefined, frank.accessToken);
    expect(down.status).toBe(502);
    expect(down.type).toMatch(/^application\/problem\+json/);
    expect(down.body.code).toBe('UPSTREAM_UNAVAILABLE');
    const ready = await fetch(`${api}/readyz`);
    expect(ready.status).toBe(503);
    accounts = startAccounts();
    await accounts.waitForOutput(/listening/);
    expect((await call('GET', '/api/me', undefined, frank.accessToken)).status).toBe(200);
  });

  it('throttles 100 wrong passwords in a row', async () => {
    await signUp('eric@example.org');
    const answers: { status: number; code: string }[] = [];
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const res = await call('POST', '/api/auth/login', {
        email: 'eric@example.org',
        password: `guess number ${attempt} of many`,
      });
      answers.push({ status: res.status, code: res.body.code });
    }
    expect(answers.slice(0, 10).every((a) => a.code === 'INVALID_CREDENTIALS')).toBe(true);
    const later = answers.slice(10).map((a) => a.code);
    expect(later.every((code) => code === 'TOO_MANY_ATTEMPTS' || code === 'RATE_LIMITED')).toBe(
      true,
    );
    expect(later).toContain('TOO_MANY_ATTEMPTS');
  });
});
