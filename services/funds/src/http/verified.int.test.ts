// Declaring money, speaking for an organisation and taking part in a verified-only round need
// a proved email address (the token's email_verified); coordinators vouch by themselves.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
let townHall: string;
const FUND = 'fonds-verifie-2027';
const coordinator = newId();
const HOUR = 3_600_000;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  h = await startFundsHarness();
  townHall = await h.organisation('municipality', 'vassieux-en-vercors', 'Mairie de Vassieux');
  await request(h.app)
    .post('/api/funds')
    .set(bearer(await h.token(coordinator, ['coordinator'])))
    .send({
      id: FUND,
      name: 'Fonds vérifié',
      periodStart: new Date(Date.now() - 30 * 24 * HOUR).toISOString(),
      periodEnd: new Date(Date.now() + 300 * 24 * HOUR).toISOString(),
      targetCents: 9_000_000,
      memberCommunes: ['vassieux-en-vercors'],
    })
    .expect(201);
});
afterAll(() => h.stop());

it('refuses a declaration from an unproved address, then takes it once proved', async () => {
  const person = newId();
  const declare = (token: string) =>
    request(h.app)
      .post(`/api/funds/${FUND}/contributions`)
      .set(bearer(token))
      .send({ amountCents: 2_000, reference: 'DON-V-1' });
  const refused = await declare(await h.unverifiedToken(person));
  expect(refused.status).toBe(403);
  expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');
  expect((await declare(await h.token(person))).status).toBe(202);
});

it('lets only a proved member speak for their organisation', async () => {
  const clerk = newId();
  const statement = (token: string) =>
    request(h.app)
      .get(`/api/funds/${FUND}/statements/me?organisationId=${townHall}`)
      .set(bearer(token));
  const refused = await statement(await h.unverifiedToken(clerk, ['funder'], [townHall]));
  expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');
  expect((await statement(await h.token(clerk, ['funder'], [townHall]))).status).toBe(200);
  const stranger = await statement(await h.token(newId(), ['funder']));
  expect(stranger.body.code).toBe('NOT_A_MEMBER');
});

it('keeps a verified-only round to proved addresses; an ordinary round to everyone', async () => {
  const now = Date.now();
  const round = async (verifiedOnly: boolean) =>
    (
      await request(h.app)
        .post('/api/rounds')
        .set(bearer(await h.token(coordinator, ['coordinator'])))
        .send({
          fundId: FUND,
          title: verifiedOnly ? 'Un vote, une personne' : 'Ouvert à tous',
          envelopeCents: 500_000,
          verifiedOnly,
          method: { type: 'knapsack' },
          proposalsOpenAt: new Date(now - 60_000).toISOString(),
          reviewStartsAt: new Date(now + HOUR).toISOString(),
          votingStartsAt: new Date(now + 2 * HOUR).toISOString(),
          votingEndsAt: new Date(now + 3 * HOUR).toISOString(),
          closesAt: new Date(now + 4 * HOUR).toISOString(),
        })
        .expect(201)
    ).body as { id: string; verifiedOnly: boolean };
  const [strict, open] = [await round(true), await round(false)];
  expect(strict.verifiedOnly).toBe(true);
  const propose = async (roundId: string, token: string) =>
    request(h.app).post(`/api/rounds/${roundId}/proposals`).set(bearer(token)).send({
      title: 'Un composteur partagé',
      description: 'Pour les jardins.',
      commune: 'vassieux-en-vercors',
      costCents: 40_000,
      kind: 'jardin',
    });
  const unproved = await h.unverifiedToken(newId());
  expect((await propose(strict.id, unproved)).body.code).toBe('EMAIL_NOT_VERIFIED');
  expect((await propose(strict.id, await h.token(newId()))).status).toBe(201);
  expect((await propose(open.id, unproved)).status).toBe(201);
});
