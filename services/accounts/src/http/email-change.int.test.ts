// Changing the address: a link to the new one, nothing changes until it is followed, then the
// new address is the account's (verified), the old one is free and its links stop working.
import request from 'supertest';
import {
  accountEmailChangedV1,
  emailChangeRequestedV1,
  passwordResetRequestedV1,
} from '@fabrique/contracts';
import { eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';

let harness: AccountsHarness;
let requested: EventRecorder;
const password = 'la soupe au pistou de Vassieux';

beforeAll(async () => {
  harness = await startAccountsHarness();
  requested = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    emailChangeRequestedV1.subject,
  );
});
afterAll(async () => {
  await requested.close();
  await harness.stop();
});

const login = (email: string) =>
  request(harness.app).post('/api/auth/login').send({ email, password });

async function register(email: string): Promise<string> {
  await request(harness.app)
    .post('/api/accounts')
    .send({ email, password, displayName: 'Odile', commune: 'Saint-Jean-en-Royans' })
    .expect(201);
  return ((await login(email)).body as { accessToken: string }).accessToken;
}

const askChange = (token: string, newEmail: string, currentPassword = password) =>
  request(harness.app)
    .post('/api/me/email')
    .set('Authorization', `Bearer ${token}`)
    .send({ newEmail, currentPassword });
const follow = (token: string) =>
  request(harness.app).post('/api/auth/verify-email').send({ token });
const me = (token: string) =>
  request(harness.app).get('/api/me').set('Authorization', `Bearer ${token}`);

type Requested = { data: { newEmail: string; token: string } };
/** The secret of the latest link sent to this address (what notifications emails there). */
async function linkSentTo(email: string): Promise<string> {
  const latest = () =>
    (requested.events as Requested[]).findLast((event) => event.data.newEmail === email);
  const found = await eventually(
    () => Promise.resolve(latest()),
    (event) => event !== undefined,
  );
  return found!.data.token;
}

it('changes the address only once the link sent to the new one is followed', async () => {
  const changed = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    accountEmailChangedV1.subject,
  );
  const session = await register('odile@example.org');
  const asked = await askChange(session, ' Odile.Martin@Example.org');
  expect(asked.status).toBe(202);
  expect(asked.body.pendingEmail).toBe('odile.martin@example.org');
  // Nothing changed yet: the old address still signs in, the new one does not.
  expect((await me(session)).body.email).toBe('odile@example.org');
  expect((await login('odile.martin@example.org')).status).toBe(401);

  const token = await linkSentTo('odile.martin@example.org');
  const [first, second] = await Promise.all([follow(token), follow(token)]);
  expect([first.status, second.status].sort()).toEqual([204, 400]);

  const now = await me(session);
  expect(now.body).toMatchObject({ email: 'odile.martin@example.org', emailVerified: true });
  expect((await login('odile.martin@example.org')).status).toBe(200);
  expect((await login('odile@example.org')).status).toBe(401);
  const [event] = (await changed.waitFor(1)) as {
    data: { email: string; previousEmail: string };
  }[];
  expect(event?.data).toMatchObject({
    email: 'odile.martin@example.org',
    previousEmail: 'odile@example.org',
  });
  await changed.close();
  // The old address is free for someone else.
  await register('odile@example.org');
});

it('refuses without the right password, for the same or a taken address, and bad input', async () => {
  const session = await register('paul@example.org');
  await register('pauline@example.org');
  const wrong = await askChange(session, 'paul.b@example.org', 'pas le bon mot de passe');
  expect(wrong.status).toBe(422);
  expect(wrong.body.code).toBe('CURRENT_PASSWORD_WRONG');
  expect((await askChange(session, 'PAUL@example.org')).body.code).toBe('EMAIL_UNCHANGED');
  const taken = await askChange(session, 'pauline@example.org');
  expect(taken.status).toBe(409);
  expect(taken.body.code).toBe('EMAIL_TAKEN');
  const invalid = await askChange(session, 'pas-une-adresse');
  expect(invalid.status).toBe(400);
  expect(invalid.body.code).toBe('VALIDATION_FAILED');
  const anonymous = await request(harness.app)
    .post('/api/me/email')
    .send({ newEmail: 'x@example.org', currentPassword: password });
  expect(anonymous.status).toBe(401);
});

it('lets only the latest link work, and three requests per window', async () => {
  const session = await register('jeanne@example.org');
  expect((await askChange(session, 'jeane@example.org')).status).toBe(202);
  const mistyped = await linkSentTo('jeane@example.org');
  expect((await askChange(session, 'jeanne.d@example.org')).status).toBe(202);
  expect((await follow(mistyped)).body.code).toBe('VERIFICATION_LINK_INVALID');
  expect((await me(session)).body.email).toBe('jeanne@example.org');
  expect((await askChange(session, 'jeanne.e@example.org')).status).toBe(202);
  const fourth = await askChange(session, 'jeanne.f@example.org');
  expect(fourth.status).toBe(429);
  expect(fourth.body.code).toBe('TOO_MANY_EMAIL_CHANGE_REQUESTS');
});

it('refuses a link whose address someone else took meanwhile', async () => {
  const session = await register('marc@example.org');
  await askChange(session, 'marc.new@example.org').expect(202);
  const token = await linkSentTo('marc.new@example.org');
  await register('marc.new@example.org');
  const res = await follow(token);
  expect(res.status).toBe(409);
  expect(res.body.code).toBe('EMAIL_TAKEN');
  expect((await me(session)).body.email).toBe('marc@example.org');
  expect((await login('marc@example.org')).status).toBe(200);
});

it('stops links sent to the old address from opening the account', async () => {
  const resets = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    passwordResetRequestedV1.subject,
  );
  const session = await register('lea@example.org');
  await request(harness.app).post('/api/auth/password-reset').send({ email: 'lea@example.org' });
  const [reset] = (await resets.waitFor(1)) as { data: { token: string } }[];
  await resets.close();
  await askChange(session, 'lea.v@example.org').expect(202);
  await follow(await linkSentTo('lea.v@example.org')).expect(204);
  const res = await request(harness.app)
    .post('/api/auth/password-reset/confirm')
    .send({ token: reset!.data.token, newPassword: 'un tout autre mot de passe solide' });
  expect(res.body.code).toBe('RESET_LINK_INVALID');
});
