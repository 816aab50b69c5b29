import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { eventually, recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
let behind: EventRecorder;
const coordinator = newId();
const FUND = 'fonds-2027';
let vassieuxHall: string;
let stJeanHall: string;

beforeAll(async () => {
  h = await startFundsHarness();
  behind = await recordEvents(h.env.natsUrl, h.env.namespace, 'funds.share.behind.v1');
  vassieuxHall = await h.organisation('municipality', 'vassieux-en-vercors', 'Mairie de Vassieux');
  stJeanHall = await h.organisation('municipality', 'saint-jean-en-royans', 'Mairie de Saint-Jean');
  const res = await request(h.app)
    .post('/api/funds')
    .set(await auth(coordinator, ['coordinator']))
    .send({
      id: FUND,
      name: 'Fonds des ateliers 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
      memberCommunes: ['vassieux-en-vercors', 'saint-jean-en-royans'],
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 500_000 }],
    });
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await behind.close();
  await h.stop();
});

async function auth(sub: string, roles = ['resident'], orgs: string[] = []) {
  return { Authorization: `Bearer ${await h.token(sub, roles, orgs)}` };
}

const contribute = async (
  who: Record<string, string>,
  body: Record<string, unknown>,
  key?: string,
) => {
  const req = request(h.app).post(`/api/funds/${FUND}/contributions`).set(who);
  if (key) req.set('Idempotency-Key', key);
  return req.send({ occurredAt: '2027-02-01T10:00:00Z', ...body });
};

describe('the ledger', () => {
  it('records one entry per receipt, also when the same receipt is sent concurrently', async () => {
    const townHall = await h.organisation(
      'municipality',
      'vassieux-en-vercors',
      'Mairie de Vassieux',
    );
    // Coordinators record what the fund holds: an entry at once (declarations: declarations.int).
    const treasurer = await auth(newId(), ['coordinator']);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        contribute(treasurer, {
          amountCents: 150_000,
          organisationId: townHall,
          reference: 'VIR-2027-001',
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => a.status === 201 || a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.body.id as string)).size).toBe(1);
    expect(await h.deps.models.entries.countDocuments({ 'source.ref': 'VIR-2027-001' })).toBe(1);
    expect(answers[0]?.body).toMatchObject({
      kind: 'contribution',
      category: 'municipalities',
      commune: 'vassieux-en-vercors',
    });
  });

  it('needs a receipt reference or an Idempotency-Key, and records a keyed request once', async () => {
    const resident = await auth(newId(), ['coordinator']);
    const bare = await contribute(resident, { amountCents: 500 });
    expect(bare.body.code).toBe('REFERENCE_REQUIRED');
    const first = await contribute(resident, { amountCents: 500 }, 'don-1234567');
    const again = await contribute(resident, { amountCents: 500 }, 'don-1234567');
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(first.body).toMatchObject({ category: 'residents', contributor: { type: 'account' } });
  });

  it('refuses to record for an organisation one does not act for', async () => {
    const business = await h.organisation('business', 'saint-jean-en-royans');
    const outsider = await contribute(await auth(newId(), ['funder']), {
      amountCents: 100,
      organisationId: business,
      reference: 'x-1',
    });
    expect(outsider.body.code).toBe('NOT_A_MEMBER');
    const outside = await contribute(await auth(newId()), {
      amountCents: 100,
      reference: 'x-2',
      occurredAt: '2026-06-01T00:00:00Z',
    });
    expect(outside.body.code).toBe('OUTSIDE_PERIOD');
  });

  it('never changes or deletes an entry: a reversal nets it to zero, once', async () => {
    const resident = await auth(newId(), ['coordinator']);
    const entry = await contribute(resident, { amountCents: 2_500, reference: 'CHQ-77' });
    const id = entry.body.id as string;
    for (const method of ['put', 'patch', 'delete'] as const) {
      const agent = request(h.app);
      const res = await agent[method](`/api/funds/${FUND}/ledger/${id}`)
        .set(await auth(coordinator, ['coordinator']))
        .send({ amountCents: 1 });
      expect(res.status).toBe(404);
    }
    const before = (await request(h.app).get(`/api/funds/${FUND}/summary`)).body.totals
      .contributedCents as number;
    const reversal = await request(h.app)
      .post(`/api/funds/${FUND}/ledger/${id}/reverse`)
      .set(await auth(coordinator, ['coordinator']))
      .send({ reason: 'chèque sans provision' });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({
      kind: 'reversal',
      reversedKind: 'contribution',
      amountCents: -2_500,
      reverses: id,
      groupId: entry.body.groupId,
    });
    const after = (await request(h.app).get(`/api/funds/${FUND}/summary`)).body.totals
      .contributedCents as number;
    expect(before - after).toBe(2_500);
    const twice = await request(h.app)
      .post(`/api/funds/${FUND}/ledger/${id}/reverse`)
      .set(await auth(coordinator, ['coordinator']))
      .send({ reason: 'encore' });
    expect(twice.body.code).toBe('ALREADY_REVERSED');
    expect(await h.deps.models.entries.findById(id).lean()).toMatchObject({
      amountCents: 2_500,
      kind: 'contribution',
    });
  });

  it('flags the town hall that falls behind its equal share, once a day', async () => {
    // Vassieux paid 1 500,00 € in the first test; Saint-Jean nothing: more than 10 % behind.
    const [event] = (await behind.waitFor(1)) as {
      data: { commune: string; organisationIds: string[]; behindByCents: number };
    }[];
    expect(event?.data).toMatchObject({
      commune: 'saint-jean-en-royans',
      organisationIds: [stJeanHall],
      behindByCents: 75_000,
    });
    await contribute(await auth(newId(), ['coordinator']), {
      amountCents: 1_000,
      organisationId: vassieuxHall,
      reference: 'VIR-2027-002',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(behind.events).toHaveLength(1);
  });

  it('shows the ledger to coordinators and funders, as JSON and CSV, but not to residents', async () => {
    expect(
      (
        await request(h.app)
          .get(`/api/funds/${FUND}/ledger`)
          .set(await auth(newId()))
      ).status,
    ).toBe(403);
    // A funder pages the organisations' lines (residents' gifts are private: privacy.int.test).
    const page = await request(h.app)
      .get(`/api/funds/${FUND}/ledger?limit=1`)
      .set(await auth(newId(), ['funder']));
    expect(page.body.items).toHaveLength(1);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const csv = await request(h.app)
      .get(`/api/funds/${FUND}/ledger.csv`)
      .set(await auth(coordinator, ['coordinator']));
    expect(csv.type).toBe('text/csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^entry_id,fund_id,kind,/);
    expect(csv.text).toContain('VIR-2027-001');
  });
});

describe('delivered hours and the public summary', () => {
  it('counts a closed session once, even when the event comes twice', async () => {
    const session = newId();
    await h.closeSession({ sessionId: session, startsAt: '2027-03-06T09:00:00.000Z' });
    await h.closeSession({ sessionId: session, startsAt: '2027-03-06T09:00:00.000Z' });
    await eventually(
      () => h.deps.models.deliveries.countDocuments({}),
      (n) => n >= 1,
    );
    await new Promise((r) => setTimeout(r, 300));
    const summary = await request(h.app).get(`/api/funds/${FUND}/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body.delivered).toMatchObject({
      sessions: 1,
      participantHours: 16,
      attendees: 8,
    });
    // The month-by-month series of the public summary counts it in its month (Paris).
    // The period ends at 00:00 UTC on 1 January 2028, 01:00 in Paris: its last hour is January's.
    expect(summary.body.months).toHaveLength(13);
    expect(summary.body.months[2]).toMatchObject({
      month: '2027-03',
      sessions: 1,
      workshopHours: 2,
      participantHours: 16,
    });
    const deliveries = await request(h.app).get(`/api/funds/${FUND}/deliveries`);
    expect(deliveries.body.items).toEqual([
      expect.objectContaining({ sessionId: session, workshopHours: 2, participantHours: 16 }),
    ]);
  });

  it('lists pledged, paid and outstanding per contributor for coordinators and funders', async () => {
    const treasurer = await auth(newId(), ['funder'], [stJeanHall]);
    // The town hall's treasurer declares the council's pledge; a coordinator confirms it.
    const pledge = await request(h.app).post(`/api/funds/${FUND}/pledges`).set(treasurer).send({
      amountCents: 500_000,
      organisationId: stJeanHall,
      reference: 'DELIB-2027-12',
      occurredAt: '2027-01-15T00:00:00Z',
    });
    expect(pledge.status).toBe(202);
    await h.confirm(FUND, pledge.body.id as string);
    await contribute(await auth(coordinator, ['coordinator']), {
      amountCents: 120_000,
      organisationId: stJeanHall,
      reference: 'VIR-SJ-1',
    });
    const list = await request(h.app).get(`/api/funds/${FUND}/contributors`).set(treasurer);
    expect(list.body.items[0]).toMatchObject({
      contributor: { type: 'organisation', id: stJeanHall },
      pledgedCents: 500_000,
      paidCents: 120_000,
      outstandingCents: 380_000,
    });
    expect(
      (
        await request(h.app)
          .get(`/api/funds/${FUND}/contributors`)
          .set(await auth(newId()))
      ).status,
    ).toBe(403);
  });
});
