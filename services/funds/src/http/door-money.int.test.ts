// Money collected at a session's door: declared by the host who closed it, confirmed by the
// treasurer with the others, then the users' share of the fund where the session took place.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
const FUND = 'fonds-porte-2027';
const coordinator = newId();
const host = newId();

async function auth(sub: string, roles = ['coordinator']) {
  return { Authorization: `Bearer ${await h.token(sub, roles)}` };
}

const waiting = async () =>
  (
    await request(h.app)
      .get(`/api/funds/${FUND}/declarations?status=declared`)
      .set(await auth(coordinator))
  ).body.items as { id: string; sessionId: string; amountCents: number; note: string }[];

beforeAll(async () => {
  h = await startFundsHarness();
  await request(h.app)
    .post('/api/funds')
    .set(await auth(coordinator))
    .send({
      id: FUND,
      name: 'Fonds de la porte 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
      memberCommunes: ['saint-martin-en-vercors'],
    })
    .expect(201);
});
afterAll(() => h.stop());

it('declares a session’s door money once, counted only once the treasurer confirms it', async () => {
  const sessionId = newId();
  const closed = {
    sessionId,
    commune: 'saint-martin-en-vercors',
    startsAt: '2027-03-06T09:00:00.000Z',
    closedBy: host,
    collected: { cashCents: 3_500, chequeCents: 1_000, cardCents: 0, payers: 9 },
  };
  await h.closeSession(closed);
  await h.closeSession(closed);
  await h.closeSession({ sessionId: newId(), startsAt: '2027-03-13T09:00:00.000Z' });
  const [door] = await eventually(waiting, (items) => items.length > 0);
  await new Promise((r) => setTimeout(r, 300));
  expect(await waiting()).toHaveLength(1);
  expect(door).toMatchObject({ sessionId, amountCents: 4_500, contributor: null });
  expect(door?.note).toContain('9 personne(s)');
  const mine = await request(h.app)
    .get(`/api/funds/${FUND}/declarations`)
    .set(await auth(host, ['host']));
  expect(mine.body.items).toHaveLength(1);
  const before = (await request(h.app).get(`/api/funds/${FUND}/summary`)).body;
  expect(before.totals.contributedCents).toBe(0);

  await h.confirm(FUND, door!.id);
  const after = (await request(h.app).get(`/api/funds/${FUND}/summary`)).body;
  const residents = after.byCategory.find((c: { category: string }) => c.category === 'residents');
  expect(residents.contributedCents).toBe(4_500);
  expect(after.balanceByCommune).toEqual([
    expect.objectContaining({ commune: 'saint-martin-en-vercors', contributedCents: 4_500 }),
    expect.anything(),
  ]);
  const journal = await request(h.app)
    .get(`/api/funds/${FUND}/journal.csv`)
    .set(await auth(coordinator));
  expect(journal.text).toContain(';706000;Participation à la porte d’un atelier;;45,00');
});
