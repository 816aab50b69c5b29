// A forgotten password: one answer for every address, a link that works once for 30 minutes,
// a new password that ends every session.
import request from 'supertest';
import { passwordResetRequestedV1 } from '@fabrique/contracts';
import { recordEvents } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';
import { RESET_LINK_TTL_MS } from '../use-cases/password-reset.js';

let harness: AccountsHarness;
const password = 'la soupe au pistou de Vassieux';
const newPassword = 'les noix de Grenoble sous la neige';

beforeAll(async () => {
  harness = await startAccountsHarness();
});
afterAll(() => harness.stop());

const ask = (email: string) =>
  request(harness.app).post('/api/auth/password-reset').send({ email });
const confirm = (token: string, chosen = newPassword) =>
  request(harness.app)
    .post('/api/auth/password-reset/confirm')
    .send({ token, newPassword: chosen });
const login = (email: string, secret: string) =>
  request(harness.app).post('/api/auth/login').send({ email, password: secret });

async function register(email: string) {
  await request(harness.app)
    .post('/api/accounts')
    .send({ email, password, displayName: 'Rémi', commune: 'Saint-Jean-en-Royans' })
    .expect(201);
  return (await login(email, password)).body as { accessToken: string; refreshToken: string };
}

it('answers alike for known and unknown addresses, and sends a link only to the known one', async () => {
  const events = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    passwordResetRequestedV1.subject,
  );
  const session = await register('remi@example.org');
  const known = await ask('Remi@Example.org ');
  const unknown = await ask('personne@example.org');
  expect(known.status).toBe(202);
  expect(unknown.status).toBe(202);
  expect(unknown.body).toEqual(known.body);
  const [event] = (await events.waitFor(1)) as { data: { token: string; expiresAt: string } }[];
  await events.close();
  const token = event!.data.token;
  // The link's secret is stored only as its hash.
  expect(await harness.deps.models.accountLinks.countDocuments({ _id: token })).toBe(0);

  expect((await confirm(token, 'azerty123456')).body.code).toBe('WEAK_PASSWORD');
  const [first, second] = await Promise.all([confirm(token), confirm(token)]);
  expect([first.status, second.status].sort()).toEqual([204, 400]);
  expect((await confirm(token)).body.code).toBe('RESET_LINK_INVALID');
  expect((await login('remi@example.org', password)).status).toBe(401);
  expect((await login('remi@example.org', newPassword)).status).toBe(200);
  const refresh = await request(harness.app)
    .post('/api/auth/refresh')
    .send({ refreshToken: session.refreshToken });
  expect(refresh.status).toBe(401);
  const me = await request(harness.app)
    .get('/api/me')
    .set('Authorization', `Bearer ${session.accessToken}`);
  expect(me.status).toBe(401);
});

it('refuses an expired link and a made-up one', async () => {
  const events = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    passwordResetRequestedV1.subject,
  );
  await register('sylvie@example.org');
  await ask('sylvie@example.org').expect(202);
  const [event] = (await events.waitFor(1)) as { data: { token: string } }[];
  await events.close();
  const later = new Date(Date.now() + RESET_LINK_TTL_MS + 1_000);
  const { resetPassword } = await import('../use-cases/password-reset.js');
  await expect(
    resetPassword({ ...harness.deps, now: () => later }, { token: event!.data.token, newPassword }),
  ).rejects.toMatchObject({ code: 'RESET_LINK_INVALID' });
  expect((await confirm('x'.repeat(43))).body.code).toBe('RESET_LINK_INVALID');
  expect((await confirm('short')).status).toBe(400);
});

it('limits the requests per address, known or not', async () => {
  const codes = [];
  for (let i = 0; i < 4; i += 1) codes.push((await ask('inconnu@example.org')).status);
  expect(codes).toEqual([202, 202, 202, 429]);
});
