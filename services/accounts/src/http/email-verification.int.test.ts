// Signing up sends a link that proves the address; once followed, the next tokens say so.
import request from 'supertest';
import { emailVerificationRequestedV1 } from '@fabrique/contracts';
import { recordEvents } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';

let harness: AccountsHarness;
const password = 'la soupe au pistou de Vassieux';

beforeAll(async () => {
  harness = await startAccountsHarness();
});
afterAll(() => harness.stop());

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

it('verifies the address with the link sent at sign-up, once', async () => {
  const links = await recordEvents(
    harness.env.natsUrl,
    harness.env.namespace,
    emailVerificationRequestedV1.subject,
  );
  await request(harness.app)
    .post('/api/accounts')
    .send({
      email: 'vera@example.org',
      password,
      displayName: 'Véra',
      commune: 'Saint-Jean-en-Royans',
    })
    .expect(201);
  const login = async () =>
    (
      await request(harness.app)
        .post('/api/auth/login')
        .send({ email: 'vera@example.org', password })
    ).body as { accessToken: string };
  const before = await login();
  expect(claimsOf(before.accessToken).email_verified).toBe(false);
  const me = () =>
    request(harness.app).get('/api/me').set('Authorization', `Bearer ${before.accessToken}`);
  expect((await me()).body.emailVerified).toBe(false);

  const [sent] = (await links.waitFor(1)) as { data: { token: string; email: string } }[];
  expect(sent?.data.email).toBe('vera@example.org');
  const verify = (token: string) =>
    request(harness.app).post('/api/auth/verify-email').send({ token });
  expect((await verify(sent!.data.token)).status).toBe(204);
  expect((await verify(sent!.data.token)).body.code).toBe('VERIFICATION_LINK_INVALID');
  expect((await me()).body.emailVerified).toBe(true);
  expect(claimsOf((await login()).accessToken).email_verified).toBe(true);

  const again = await request(harness.app)
    .post('/api/me/verification')
    .set('Authorization', `Bearer ${before.accessToken}`);
  expect(again.body.code).toBe('EMAIL_ALREADY_VERIFIED');
  await links.close();
});

it('sends the link again on request, three times per window', async () => {
  await request(harness.app)
    .post('/api/accounts')
    .send({
      email: 'remy@example.org',
      password,
      displayName: 'Rémy',
      commune: 'Saint-Jean-en-Royans',
    })
    .expect(201);
  const { accessToken } = (
    await request(harness.app).post('/api/auth/login').send({ email: 'remy@example.org', password })
  ).body as { accessToken: string };
  const resend = () =>
    request(harness.app).post('/api/me/verification').set('Authorization', `Bearer ${accessToken}`);
  const statuses = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await resend()).status);
  expect(statuses).toEqual([202, 202, 202, 429]);
  expect(
    await harness.deps.models.accountLinks.countDocuments({ purpose: 'verify-email' }),
  ).toBeGreaterThanOrEqual(4);
});
