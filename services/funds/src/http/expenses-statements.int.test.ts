import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { eventually } from '@fabrique/testkit';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
const coordinator = newId();
const FUND = 'fonds-2027';

async function auth(sub: string, roles = ['resident'], orgs: string[] = []) {
  return { Authorization: `Bearer ${await h.token(sub, roles, orgs)}` };
}

beforeAll(async () => {
  h = await startFundsHarness();
  await request(h.app)
    .post('/api/funds')
    .set(await auth(coordinator, ['coordinator']))
    .send({
      id: FUND,
      name: 'Fonds des ateliers 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 3_000_000,
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 100_000 }],
    })
    .expect(201);
});
afterAll(() => h.stop());

describe('expenses', () => {
  it('go from a host to a coordinator, and only an approval pays them, once', async () => {
    const host = await auth(newId(), ['host']);
    const submitted = await request(h.app).post(`/api/funds/${FUND}/expenses`).set(host).send({
      amountCents: 4_250,
      lineItemId: 'materiel',
      receiptRef: 'FAC-881',
      description: 'Fers à souder',
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    const seenByOther = await request(h.app)
      .get(`/api/funds/${FUND}/expenses/${id}`)
      .set(await auth(newId(), ['host']));
    expect(seenByOther.status).toBe(403);
    const seenBySubmitter = await request(h.app).get(`/api/funds/${FUND}/expenses/${id}`).set(host);
    expect(seenBySubmitter.body).toMatchObject({ status: 'submitted', amountCents: 4_250 });
    const byHost = await request(h.app)
      .post(`/api/funds/${FUND}/expenses/${id}/approve`)
      .set(host)
      .send({});
    expect(byHost.status).toBe(403);
    const approvals = await Promise.all(
      [1, 2, 3].map(async () =>
        request(h.app)
          .post(`/api/funds/${FUND}/expenses/${id}/approve`)
          .set(await auth(coordinator, ['coordinator']))
          // Nothing was contributed yet: paid ahead of the money, with a reason.
          .send({ override: 'Avance de la mairie' }),
      ),
    );
    expect(approvals.filter((a) => a.status === 200)).toHaveLength(1);
    expect(approvals.filter((a) => a.body.code === 'EXPENSE_DECIDED')).toHaveLength(2);
    expect(await h.deps.models.entries.countDocuments({ kind: 'expense' })).toBe(1);
    const summary = await request(h.app).get(`/api/funds/${FUND}/summary`);
    expect(summary.body.totals.spentCents).toBe(4_250);
    expect(summary.body.budget[0]).toMatchObject({ spentCents: 4_250, remainingCents: 95_750 });
  });

  it('needs an override reason beyond its budget line or the money available, kept in its entry', async () => {
    const submitted = await request(h.app)
      .post(`/api/funds/${FUND}/expenses`)
      .set(await auth(newId(), ['host']))
      .send({
        amountCents: 150_000,
        lineItemId: 'materiel',
        receiptRef: 'FAC-990',
        description: 'Établi',
      });
    const approve = async (body: object) =>
      request(h.app)
        .post(`/api/funds/${FUND}/expenses/${submitted.body.id as string}/approve`)
        .set(await auth(coordinator, ['coordinator']))
        .send(body);
    const refused = await approve({});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('OVER_BUDGET');
    expect(refused.body.detail).toMatch(
      /^Cette dépense est de 1\s500,00\s€ : .* restant sur la ligne « Matériel », .* disponible dans le fonds commun\./,
    );
    const approved = await approve({ override: 'Vote du comité du 12 mars' });
    expect(approved.body.status).toBe('approved');
    const entry = await request(h.app)
      .get(`/api/funds/${FUND}/ledger/${approved.body.entryId as string}`)
      .set(await auth(coordinator, ['coordinator']));
    expect(entry.body.note).toContain('Vote du comité du 12 mars');
  });

  it('can be rejected with a reason, which pays nothing', async () => {
    const host = await auth(newId(), ['host']);
    const submitted = await request(h.app).post(`/api/funds/${FUND}/expenses`).set(host).send({
      amountCents: 999,
      lineItemId: 'materiel',
      receiptRef: 'FAC-882',
      description: 'Café',
    });
    const rejected = await request(h.app)
      .post(`/api/funds/${FUND}/expenses/${submitted.body.id as string}/reject`)
      .set(await auth(coordinator, ['coordinator']))
      .send({ reason: 'Hors budget' });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reason: 'Hors budget',
      entryId: null,
    });
    const unknownLine = await request(h.app)
      .post(`/api/funds/${FUND}/expenses`)
      .set(host)
      .send({ amountCents: 1, lineItemId: 'voyages', receiptRef: 'FAC-9', description: 'x' });
    expect(unknownLine.body.code).toBe('UNKNOWN_LINE_ITEM');
    const resident = await request(h.app)
      .post(`/api/funds/${FUND}/expenses`)
      .set(await auth(newId()))
      .send({ amountCents: 1, lineItemId: 'materiel', receiptRef: 'FAC-10', description: 'x' });
    expect(resident.status).toBe(403);
  });
});

describe('statements', () => {
  it('credit a funder with its pro-rata share of what was delivered, and show it to its members only', async () => {
    const bakery = await h.organisation(
      'business',
      'saint-jean-en-royans',
      'Boulangerie du Royans',
    );
    const garage = await h.organisation('business', 'saint-jean-en-royans', 'Garage Martin');
    const baker = await auth(newId(), ['funder'], [bakery]);
    const declared = await request(h.app)
      .post(`/api/funds/${FUND}/contributions`)
      .set(baker)
      .send({
        amountCents: 30_000,
        organisationId: bakery,
        reference: 'B-1',
        occurredAt: '2027-02-01T00:00:00Z',
      })
      .expect(202);
    await h.confirm(FUND, declared.body.id as string);
    await request(h.app)
      .post(`/api/funds/${FUND}/contributions`)
      .set(await auth(coordinator, ['coordinator']))
      .send({
        amountCents: 90_000,
        organisationId: garage,
        reference: 'G-1',
        occurredAt: '2027-02-02T00:00:00Z',
      })
      .expect(201);
    await h.closeSession({
      startsAt: '2027-03-01T09:00:00.000Z',
      durationMinutes: 120,
      attendees: 10,
      participantMinutes: 1_200,
    });
    await eventually(
      () => h.deps.models.deliveries.countDocuments({}),
      (n) => n === 1,
    );
    await eventually(
      async () => (await h.deps.book.deliveriesOf(h.deps.book.fund(FUND)!)).length,
      (n) => n === 1,
    );

    const statement = await request(h.app)
      .get(`/api/funds/${FUND}/statements/me?organisationId=${bakery}`)
      .set(baker);
    expect(statement.status).toBe(200);
    // 300 € of 1 200 €: a quarter of 2 workshop hours, 20 participant-hours and 10 people.
    expect(statement.body).toMatchObject({
      contributedCents: 30_000,
      allContributionsCents: 120_000,
      share: 0.25,
      attributed: { workshopHours: 0.5, participantHours: 5, attendees: 2.5 },
    });
    const notMine = await request(h.app)
      .get(`/api/funds/${FUND}/statements/me?organisationId=${garage}`)
      .set(baker);
    expect(notMine.body.code).toBe('NOT_A_MEMBER');

    const csv = await request(h.app)
      .get(`/api/funds/${FUND}/statements/me.csv?organisationId=${bakery}`)
      .set(baker);
    expect(csv.text).toContain('B-1');
    const certificate = await request(h.app)
      .get(`/api/funds/${FUND}/statements/me/certificate.html?organisationId=${bakery}`)
      .set(baker);
    expect(certificate.type).toBe('text/html');
    expect(certificate.text).toContain('Boulangerie du Royans');
    expect(certificate.text).toMatch(/300,00\s€/);
  });
});
