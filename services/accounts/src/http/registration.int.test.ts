import request from 'supertest';
import { accountRegisteredV1 } from '@fabrique/contracts';
import { on, startConsumer, type RunningConsumer } from '@fabrique/bus';
import { createLogger } from '@fabrique/service-kit';
import { aRegistration, eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { verifyPassword } from '../domain/password.js';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';

let harness: AccountsHarness;
let recorder: EventRecorder;

beforeAll(async () => {
  harness = await startAccountsHarness();
  recorder = await recordEvents(
    harness.env.natsUrl,
    harness.bus.namespace,
    accountRegisteredV1.subject,
  );
});

afterAll(async () => {
  await recorder.close();
  await harness.stop();
});

const alice = {
  email: 'Alice.Martin@Example.org',
  password: 'pain au levain du dimanche',
  displayName: 'Alice Martin',
  commune: 'Vassieux-en-Vercors',
};

describe('POST /api/accounts', () => {
  it('registers a resident and a durable consumer receives the event exactly once', async () => {
    const received: string[] = [];
    const consumer: RunningConsumer = await startConsumer(harness.bus, {
      durable: 'test--registrations',
      logger: createLogger('test', 'silent'),
      subscriptions: [
        on(accountRegisteredV1, async (event) => void received.push(event.data.accountId)),
      ],
    });
    try {
      const res = await request(harness.app).post('/api/accounts').send(alice);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        email: 'alice.martin@example.org',
        displayName: 'Alice Martin',
        locale: 'fr',
        roles: ['resident'],
      });
      expect(res.body).not.toHaveProperty('password');
      expect(res.body).not.toHaveProperty('passwordHash');
      expect(res.headers.location).toBe(`/api/accounts/${res.body.id}`);

      await eventually(
        async () => received.length,
        (count) => count === 1,
      );
      await new Promise((r) => setTimeout(r, 600));
      expect(received).toEqual([res.body.id]);
      const [event] = await recorder.waitFor(1);
      expect(accountRegisteredV1.schema.parse(event).data).toMatchObject({
        accountId: res.body.id,
        commune: 'vassieux-en-vercors',
      });

      const stored = await harness.deps.models.accounts.findById(res.body.id).lean();
      expect(stored?.outbox).toEqual([]);
      expect(stored?.passwordHash).not.toContain(alice.password);
      expect(await verifyPassword(alice.password, stored!.passwordHash)).toBe(true);
    } finally {
      await consumer.stop();
    }
  });

  it('answers 409 EMAIL_TAKEN for an address already registered, whatever its case', async () => {
    const res = await request(harness.app)
      .post('/api/accounts')
      .send({ ...alice, email: ' ALICE.martin@example.ORG ' });
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'EMAIL_TAKEN', status: 409 });
  });

  it('answers 400 listing every bad field', async () => {
    const res = await request(harness.app)
      .post('/api/accounts')
      .send({ email: 'not-an-email', password: 'short', displayName: '', role: 'coordinator' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['(root)', 'commune', 'displayName', 'email', 'password']);
    // The schema's own message for a short password, in French by default.
    expect(res.body.errors).toContainEqual({
      path: 'password',
      message: 'Utilisez au moins 12 caractères ; une petite phrase convient très bien.',
    });
  });

  it('creates one account when the same address registers concurrently', async () => {
    const body = { ...alice, email: 'bertrand@example.org', displayName: 'Bertrand' };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => request(harness.app).post('/api/accounts').send(body)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(
      await harness.deps.models.accounts.countDocuments({ email: 'bertrand@example.org' }),
    ).toBe(1);
    const events = await recorder.waitFor(2);
    await new Promise((r) => setTimeout(r, 500));
    expect(recorder.events).toHaveLength(2);
    expect(
      events.filter(
        (e) => (e as { data: { email: string } }).data.email === 'bertrand@example.org',
      ),
    ).toHaveLength(1);
  });

  it('answers a retried registration with the same Idempotency-Key like the first time', async () => {
    const body = { ...alice, email: 'claire@example.org', displayName: 'Claire' };
    const first = await request(harness.app)
      .post('/api/accounts')
      .set('Idempotency-Key', 'signup-claire-1')
      .send(body);
    const retry = await request(harness.app)
      .post('/api/accounts')
      .set('Idempotency-Key', 'signup-claire-1')
      .send(body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const withoutKey = await request(harness.app).post('/api/accounts').send(body);
    expect(withoutKey.body.code).toBe('EMAIL_TAKEN');
  });

  it('accepts each member commune by its name and stores its id', async () => {
    const communes = {
      'Saint-Jean-en-Royans': 'saint-jean-en-royans',
      'Sainte-Eulalie-en-Royans': 'sainte-eulalie-en-royans',
      'La Chapelle-en-Vercors': 'la-chapelle-en-vercors',
    };
    for (const [name, id] of Object.entries(communes)) {
      const res = await request(harness.app)
        .post('/api/accounts')
        .send(aRegistration({ commune: name }));
      expect(res.status).toBe(201);
      expect(res.body.commune).toBe(id);
    }
  });

  it('takes over an address left reserved by a crash between its two writes', async () => {
    await harness.deps.models.emailKeys.create({
      _id: 'orphan@example.org',
      accountId: 'never-written',
    });
    const res = await request(harness.app)
      .post('/api/accounts')
      .send(aRegistration({ email: 'orphan@example.org' }));
    expect(res.status).toBe(201);
    expect(
      (await harness.deps.models.emailKeys.findById('orphan@example.org').lean())?.accountId,
    ).toBe(res.body.id);
  });

  it('signs in an account created before the email keys existed, and keys it', async () => {
    const body = aRegistration({ email: 'legacy@example.org' });
    const res = await request(harness.app).post('/api/accounts').send(body);
    await harness.deps.models.emailKeys.deleteOne({ _id: 'legacy@example.org' });
    const login = await request(harness.app)
      .post('/api/auth/login')
      .send({ email: body.email, password: body.password });
    expect(login.status).toBe(200);
    expect(
      (await harness.deps.models.emailKeys.findById('legacy@example.org').lean())?.accountId,
    ).toBe(res.body.id);
  });
});
