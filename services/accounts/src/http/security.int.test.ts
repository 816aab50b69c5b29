// Changing one's password and signing out everywhere end every other session at once: the
// refresh tokens are revoked, the older access tokens refused, the next sign-in works.
import request from 'supertest';
import { accountSignedOutV1 } from '@fabrique/contracts';
import { recordEvents } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';

let harness: AccountsHarness;
const password = 'la soupe au pistou de Vassieux';
const newPassword = 'les noix de Grenoble sous la neige';

beforeAll(async () => {
  harness = await startAccountsHarness({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5' });
});
afterAll(() => harness.stop());

interface Pair {
  accessToken: string;
  refreshToken: string;
}

const login = (email: string, secret = password) =>
  request(harness.app).post('/api/auth/login').send({ email, password: secret });
const me = (pair: Pair) =>
  request(harness.app).get('/api/me').set('Authorization', `Bearer ${pair.accessToken}`);
const refresh = (pair: Pair) =>
  request(harness.app).post('/api/auth/refresh').send({ refreshToken: pair.refreshToken });

async function twoDevices(email: string): Promise<[Pair, Pair]> {
  await request(harness.app)
    .post('/api/accounts')
    .send({ email, password, displayName: 'Nadia', commune: 'Saint-Jean-en-Royans' })
    .expect(201);
  return [(await login(email)).body as Pair, (await login(email)).body as Pair];
}

it('changes the password with the current one, ending every other session', async () => {
  const events = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    accountSignedOutV1.subject,
  );
  const [phone, laptop] = await twoDevices('nadia@example.org');
  const change = (body: object) =>
    request(harness.app)
      .post('/api/me/password')
      .set('Authorization', `Bearer ${laptop.accessToken}`)
      .send(body);
  const wrong = await change({ currentPassword: 'pas le bon mot de passe', newPassword });
  expect(wrong.status).toBe(422);
  expect(wrong.body.code).toBe('CURRENT_PASSWORD_WRONG');
  const weak = await change({ currentPassword: password, newPassword: 'azerty123456' });
  expect(weak.body.code).toBe('WEAK_PASSWORD');
  expect((await change({ currentPassword: password })).status).toBe(400);

  const changed = await change({ currentPassword: password, newPassword });
  expect(changed.status).toBe(200);
  const fresh = changed.body as Pair;
  expect((await me(fresh)).status).toBe(200);
  expect((await me(phone)).status).toBe(401);
  expect((await me(laptop)).status).toBe(401);
  expect((await refresh(phone)).status).toBe(401);
  expect((await login('nadia@example.org')).status).toBe(401);
  expect((await login('nadia@example.org', newPassword)).status).toBe(200);
  const [event] = (await events.waitFor(1)) as { data: { reason: string } }[];
  expect(event?.data.reason).toBe('password-changed');
  await events.close();
});

it('signs out everywhere; signing in again works at once', async () => {
  const [phone, laptop] = await twoDevices('odile@example.org');
  const out = await request(harness.app)
    .post('/api/me/sign-out-everywhere')
    .set('Authorization', `Bearer ${laptop.accessToken}`);
  expect(out.status).toBe(204);
  for (const device of [phone, laptop]) {
    expect((await me(device)).status).toBe(401);
    expect((await refresh(device)).status).toBe(401);
  }
  const again = (await login('odile@example.org')).body as Pair;
  expect((await me(again)).status).toBe(200);
  expect((await refresh(again)).status).toBe(200);
});

it('counts wrong current passwords with failed sign-ins', async () => {
  const [device] = await twoDevices('paul@example.org');
  const guess = (n: number) =>
    request(harness.app)
      .post('/api/me/password')
      .set('Authorization', `Bearer ${device.accessToken}`)
      .send({ currentPassword: `essai numéro ${n} du voleur`, newPassword });
  const answers = [];
  for (let n = 0; n < 6; n += 1) answers.push((await guess(n)).body.code);
  expect(answers.at(-1)).toBe('TOO_MANY_ATTEMPTS');
});
