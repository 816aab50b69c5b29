// Money counts once it is confirmed: residents and funders declare, a coordinator confirms
// against the bank statement (one by one or a statement at once) or rejects with a reason.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { recordEvents, type EventRecorder } from '@fabrique/testkit';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
let confirmedEvents: EventRecorder;
const FUND = 'fonds-declare-2027';
const coordinator = newId();
let townHall: string;

async function auth(sub: string, roles = ['resident'], orgs: string[] = []) {
  return { Authorization: `Bearer ${await h.token(sub, roles, orgs)}` };
}
const asCoordinator = () => auth(coordinator, ['coordinator']);

async function declare(
  sub: string,
  body: Record<string, unknown>,
  roles?: string[],
  orgs?: string[],
) {
  return request(h.app)
    .post(`/api/funds/${FUND}/contributions`)
    .set(await auth(sub, roles, orgs))
    .send({ occurredAt: '2027-02-01T10:00:00Z', ...body });
}

const contributed = async () =>
  (await request(h.app).get(`/api/funds/${FUND}/summary`)).body.totals.contributedCents as number;

async function ledgerContributions() {
  const res = await request(h.app)
    .get(`/api/funds/${FUND}/ledger?kind=contribution`)
    .set(await asCoordinator());
  return res.body.items as { id: string; occurredAt: string; amountCents: number }[];
}

beforeAll(async () => {
  h = await startFundsHarness();
  confirmedEvents = await recordEvents(
    h.env.natsUrl,
    h.env.namespace,
    'funds.declaration.confirmed.v1',
  );
  townHall = await h.organisation('municipality', 'vassieux-en-vercors', 'Mairie de Vassieux');
  await request(h.app)
    .post('/api/funds')
    .set(await asCoordinator())
    .send({
      id: FUND,
      name: 'Fonds déclaré 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
      memberCommunes: ['vassieux-en-vercors'],
    })
    .expect(201);
});
afterAll(async () => {
  await confirmedEvents.close();
  await h.stop();
});

describe('a declared contribution', () => {
  it('counts nowhere until confirmed, and only its giver and coordinators see it', async () => {
    const giver = newId();
    const before = await contributed();
    const res = await declare(giver, { amountCents: 4_200, reference: 'DON-GIVER-1' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'declared', amountCents: 4_200, entryId: null });
    expect(res.headers.location).toBe(`/api/funds/${FUND}/declarations/${res.body.id}`);
    expect(await contributed()).toBe(before);
    expect((await ledgerContributions()).map((e) => e.amountCents)).not.toContain(4_200);
    const path = `/api/funds/${FUND}/declarations/${res.body.id}`;
    await request(h.app)
      .get(path)
      .set(await auth(giver))
      .expect(200);
    await request(h.app)
      .get(path)
      .set(await asCoordinator())
      .expect(200);
    const stranger = await request(h.app)
      .get(path)
      .set(await auth(newId()));
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('DECLARATION_NOT_FOUND');
    const theirs = await request(h.app)
      .get(`/api/funds/${FUND}/declarations`)
      .set(await auth(newId()));
    expect(theirs.body.items).toEqual([]);
  });

  it('sent twice is one declaration', async () => {
    const giver = newId();
    const first = await declare(giver, { amountCents: 1_000, reference: 'DON-TWICE' });
    const again = await declare(giver, { amountCents: 1_000, reference: 'DON-TWICE' });
    expect([first.status, again.status]).toEqual([202, 200]);
    expect(again.body.id).toBe(first.body.id);
  });

  it('is limited in size, with a clear error', async () => {
    const resident = await declare(newId(), { amountCents: 5_000_01, reference: 'TROP-1' });
    expect(resident.status).toBe(422);
    expect(resident.body.code).toBe('DECLARATION_TOO_LARGE');
    expect(resident.body.detail).toMatch(/5\s000,00/);
    const funder = newId();
    const organisation = await declare(
      funder,
      { amountCents: 500_000_01, organisationId: townHall, reference: 'TROP-2' },
      ['funder'],
      [townHall],
    );
    expect(organisation.body.code).toBe('DECLARATION_TOO_LARGE');
  });

  it('says why in French by default, and in English on request', async () => {
    const tooLarge = async (language: Record<string, string>) =>
      request(h.app)
        .post(`/api/funds/${FUND}/contributions`)
        .set({ ...(await auth(newId())), ...language })
        .send({ occurredAt: '2027-02-01T10:00:00Z', amountCents: 5_000_01, reference: 'TROP-3' });
    const french = await tooLarge({});
    expect(french.status).toBe(422);
    expect(french.headers['content-language']).toBe('fr');
    expect(french.body).toMatchObject({
      code: 'DECLARATION_TOO_LARGE',
      title:
        'Le montant d’une déclaration est limité : le trésorier enregistre les sommes plus importantes',
      // French amounts: a narrow no-break space between thousands, a no-break space before €.
      detail:
        'Au plus 5\u202f000,00\u00a0€ par déclaration ; demandez au trésorier du fonds commun d’enregistrer 5\u202f000,01\u00a0€.',
    });
    const english = await tooLarge({ 'Accept-Language': 'en-GB,en;q=0.9' });
    expect(english.status).toBe(422);
    expect(english.headers['content-language']).toBe('en');
    expect(english.headers.vary).toMatch(/accept-language/i);
    expect(english.body).toMatchObject({
      code: 'DECLARATION_TOO_LARGE',
      title: 'One declaration is limited in size: the treasurer records larger sums',
      detail: "At most €5,000.00 per declaration; ask the fund's treasurer to record €5,000.01.",
    });
  });

  it('may wait at most twenty at a time per person', async () => {
    const giver = newId();
    for (let i = 0; i < 20; i += 1)
      expect((await declare(giver, { amountCents: 100, reference: `PETIT-${i}` })).status).toBe(
        202,
      );
    const refused = await declare(giver, { amountCents: 100, reference: 'PETIT-20' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('TOO_MANY_DECLARATIONS');
  });
});

describe('confirming and rejecting', () => {
  it('confirms once into the ledger and the public figures, and says so by an event', async () => {
    const funder = newId();
    const declared = await declare(
      funder,
      { amountCents: 150_000, organisationId: townHall, reference: 'VIR-MAIRIE-CONF' },
      ['funder'],
      [townHall],
    );
    const before = await contributed();
    const path = `/api/funds/${FUND}/declarations/${declared.body.id}`;
    const byFunder = await request(h.app)
      .post(`${path}/confirm`)
      .set(await auth(funder, ['funder'], [townHall]))
      .send({});
    expect(byFunder.status).toBe(403);
    const both = await Promise.all(
      [1, 2].map(async () =>
        request(h.app)
          .post(`${path}/confirm`)
          .set(await asCoordinator())
          .send({ receivedAt: '2027-02-03T00:00:00Z' }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const confirmed = both.find((r) => r.status === 200)!.body;
    expect(confirmed).toMatchObject({ status: 'confirmed', decidedBy: coordinator });
    expect(await contributed()).toBe(before + 150_000);
    const entry = (await ledgerContributions()).find((e) => e.id === confirmed.entryId);
    expect(entry?.occurredAt).toBe('2027-02-03T00:00:00.000Z');
    const events = (await confirmedEvents.waitFor(1)) as { data: { declarationId: string } }[];
    expect(events.map((e) => e.data.declarationId)).toContain(declared.body.id);
  });

  it('rejects with a reason, and a rejected declaration is never confirmed', async () => {
    const declared = await declare(newId(), { amountCents: 2_500, reference: 'DON-REJ' });
    const path = `/api/funds/${FUND}/declarations/${declared.body.id}`;
    const noReason = await request(h.app)
      .post(`${path}/reject`)
      .set(await asCoordinator())
      .send({});
    expect(noReason.status).toBe(400);
    const rejected = await request(h.app)
      .post(`${path}/reject`)
      .set(await asCoordinator())
      .send({ reason: 'Introuvable sur le relevé' });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reason: 'Introuvable sur le relevé',
    });
    const late = await request(h.app)
      .post(`${path}/confirm`)
      .set(await asCoordinator())
      .send({});
    expect(late.body.code).toBe('DECLARATION_DECIDED');
  });

  it('does not count twice a receipt a coordinator already recorded', async () => {
    await request(h.app)
      .post(`/api/funds/${FUND}/contributions`)
      .set(await asCoordinator())
      .send({ amountCents: 3_000, reference: 'CHQ-77', occurredAt: '2027-02-01T10:00:00Z' })
      .expect(201);
    const declared = await declare(newId(), { amountCents: 3_000, reference: 'CHQ-77' });
    const res = await request(h.app)
      .post(`/api/funds/${FUND}/declarations/${declared.body.id}/confirm`)
      .set(await asCoordinator())
      .send({});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('RECEIPT_ALREADY_RECORDED');
  });

  it('holds a funder’s pledge the same way: promised in public only once confirmed', async () => {
    const funder = newId();
    const pledged = async () =>
      (await request(h.app).get(`/api/funds/${FUND}/summary`)).body.totals.pledgedCents as number;
    const before = await pledged();
    const declared = await request(h.app)
      .post(`/api/funds/${FUND}/pledges`)
      .set(await auth(funder, ['funder'], [townHall]))
      .send({
        amountCents: 300_000,
        organisationId: townHall,
        reference: 'DELIB-2027-4',
        occurredAt: '2027-01-20T00:00:00Z',
      });
    expect(declared.status).toBe(202);
    expect(declared.body).toMatchObject({ kind: 'pledge', status: 'declared' });
    expect(await pledged()).toBe(before);
    const confirmed = await request(h.app)
      .post(`/api/funds/${FUND}/declarations/${declared.body.id}/confirm`)
      .set(await asCoordinator())
      .send({});
    expect(confirmed.body.entryId).toMatch(/^pledge-/);
    expect(await pledged()).toBe(before + 300_000);
  });
});
