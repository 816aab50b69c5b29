// Volunteers' time: recorded when attendance closes, valued at the fund's rate of the day
// (the SMIC by default), shown beside the money and never in the balance, in the journal as
// 864/875, and in each volunteer's own yearly record.
import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import { newId, sessionDeliveryVoidedV1 } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
const FUND = 'fonds-benevoles-2027';
const coordinator = newId();
const host = newId();
const helper = newId();

async function auth(sub: string, roles = ['coordinator']) {
  return { Authorization: `Bearer ${await h.token(sub, roles)}` };
}
const summary = async () => (await request(h.app).get(`/api/funds/${FUND}/summary`)).body;

beforeAll(async () => {
  h = await startFundsHarness();
  await request(h.app)
    .post('/api/funds')
    .set(await auth(coordinator))
    .send({
      id: FUND,
      name: 'Fonds des bénévoles 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
    })
    .expect(201);
  await h.closeSession({
    startsAt: '2027-03-06T09:00:00.000Z',
    hostIds: [host],
    volunteers: [
      { accountId: host, minutes: 120 },
      { accountId: helper, minutes: 90 },
    ],
  });
  await eventually(
    summary,
    (s) => (s as { inKind: { volunteerHours: number } }).inKind.volunteerHours > 0,
  );
});
afterAll(() => h.stop());

it('values the hours at the SMIC, beside the money, month by month', async () => {
  const s = await summary();
  expect(s.inKind).toMatchObject({ volunteerHours: 3.5, volunteers: 2, valuedCents: 4_158 });
  expect(s.totals.balanceCents).toBe(0);
  expect(s.months[2]).toMatchObject({ month: '2027-03', volunteerHours: 3.5 });
});

it('uses the rates a coordinator sets, from their dates, in the summary and the journal', async () => {
  const rates = {
    rates: [
      { from: '2027-01-01T00:00:00Z', hourlyCents: 1_188 },
      { from: '2027-03-01T00:00:00Z', hourlyCents: 1_200 },
    ],
  };
  const put = async (who: Record<string, string>) =>
    request(h.app).put(`/api/funds/${FUND}/volunteer-rates`).set(who).send(rates);
  expect((await put(await auth(host, ['host']))).status).toBe(403);
  expect((await put(await auth(coordinator))).status).toBe(200);
  expect((await summary()).inKind.valuedCents).toBe(4_200);
  const journal = await request(h.app)
    .get(`/api/funds/${FUND}/journal.csv`)
    .set(await auth(coordinator));
  expect(journal.text).toContain(';864000;Bénévolat : 3,5 h;42,00;');
  expect(journal.text).toContain(';875000;Bénévolat : 3,5 h;;42,00');
  const reconciliation = await request(h.app)
    .get('/api/funds/reconciliation')
    .set(await auth(coordinator));
  expect(JSON.stringify(reconciliation.body)).not.toContain('inKind');
});

it('gives each volunteer their own yearly record, and nobody else’s', async () => {
  const mine = await request(h.app)
    .get('/api/funds/volunteering/me?year=2027')
    .set(await auth(helper, ['resident']));
  expect(mine.body).toMatchObject({
    year: 2027,
    hours: 1.5,
    sessions: [expect.objectContaining({ minutes: 90 })],
  });
  const other = await request(h.app)
    .get('/api/funds/volunteering/me?year=2027')
    .set(await auth(newId(), ['resident']));
  expect(other.body).toMatchObject({ hours: 0, sessions: [] });
  const csv = await request(h.app)
    .get('/api/funds/volunteering/me.csv?year=2027')
    .set(await auth(helper, ['resident']));
  expect(csv.text.split('\r\n')[1]).toContain(',1.50');
  const badYear = await request(h.app)
    .get('/api/funds/volunteering/me?year=abc')
    .set(await auth(helper, ['resident']));
  expect(badYear.status).toBe(400);
});

it('shows the time given beside the money in a statement and its certificate, not in it', async () => {
  const who = await auth(helper, ['resident']);
  const statement = await request(h.app).get(`/api/funds/${FUND}/statements/me`).set(who);
  expect(statement.body).toMatchObject({
    contributedCents: 0,
    allContributionsCents: 0,
    inKind: {
      volunteerHours: 3.5,
      volunteers: 2,
      given: { volunteerHours: 1.5, sessions: [expect.objectContaining({ minutes: 90 })] },
    },
  });
  // 90 minutes at the rate of 6 March 2027 (12,00 € from 1 March, set by the test above).
  expect(statement.body.inKind.given.valuedCents).toBe(1_800);
  const csv = await request(h.app).get(`/api/funds/${FUND}/statements/me.csv`).set(who);
  expect(csv.text.split('\r\n')[1]).toMatch(/^in_kind,,2027-03-06T09:00:00.000Z,1800,18.00,/);
  const certificate = await request(h.app)
    .get(`/api/funds/${FUND}/statements/me/certificate.html`)
    .set(who);
  expect(certificate.text).toContain('Contributions en nature');
  expect(certificate.text).toMatch(/1,5 heures de bénévolat/);
  expect(certificate.text).toMatch(/18,00\s€/);
  const stranger = await request(h.app)
    .get(`/api/funds/${FUND}/statements/me`)
    .set(await auth(newId(), ['resident']));
  expect(stranger.body.inKind.given).toMatchObject({ volunteerHours: 0, sessions: [] });
});

it('leaves a voided session out of a volunteer’s record', async () => {
  const closed = await h.closeSession({
    startsAt: '2027-04-03T09:00:00.000Z',
    hostIds: [host],
    volunteers: [{ accountId: helper, minutes: 60 }],
  });
  const record = async () =>
    (
      await request(h.app)
        .get('/api/funds/volunteering/me?year=2027')
        .set(await auth(helper, ['resident']))
    ).body as { hours: number };
  await eventually(record, (r) => r.hours === 2.5);
  await publishEvent(
    h.bus,
    sessionDeliveryVoidedV1.create(
      { source: 'fabrique/test', subject: closed.data.sessionId },
      {
        sessionId: closed.data.sessionId,
        startsAt: closed.data.startsAt,
        reason: 'Séance comptée deux fois',
        voidedBy: coordinator,
        voidedAt: new Date().toISOString(),
      },
    ),
  );
  await eventually(record, (r) => r.hours === 1.5);
});
