// A treasurer confirms a bank statement's worth of declarations at once: shown first, then
// applied; the same statement sent again confirms nothing twice.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
const FUND = 'fonds-releve-2027';
const coordinator = newId();
const ids: Record<string, string> = {};

async function auth(sub: string, roles = ['resident'], orgs: string[] = []) {
  return { Authorization: `Bearer ${await h.token(sub, roles, orgs)}` };
}

const STATEMENT = [
  'Date;Libellé;Montant',
  '01/02/2027;VIR SEPA M. DUPONT DON-ABC1;40,00',
  '03/02/2027;VIR MAIRIE DE VASSIEUX REF VIR-MAIRIE-7;1 500,00',
  '04/02/2027;PRLV EDF;-80,00',
  '05/02/2027;VIR INCONNU;12,00',
  'hier;VIR ???;3,00',
].join('\n');

async function send(csv: string, apply: boolean, sub = coordinator, roles = ['coordinator']) {
  return request(h.app)
    .post(`/api/funds/${FUND}/bank-statements?apply=${apply}`)
    .set(await auth(sub, roles))
    .set('content-type', 'text/csv')
    .send(csv);
}

const statusOf = async (id: string) =>
  (
    await request(h.app)
      .get(`/api/funds/${FUND}/declarations/${id}`)
      .set(await auth(coordinator, ['coordinator']))
  ).body.status as string;

beforeAll(async () => {
  h = await startFundsHarness();
  const townHall = await h.organisation('municipality', 'vassieux-en-vercors', 'Mairie');
  await request(h.app)
    .post('/api/funds')
    .set(await auth(coordinator, ['coordinator']))
    .send({
      id: FUND,
      name: 'Fonds du relevé 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
      memberCommunes: ['vassieux-en-vercors'],
    })
    .expect(201);
  const declarations: [string, Record<string, unknown>, string[], string[]][] = [
    ['gift', { amountCents: 4_000, reference: 'DON-ABC1' }, ['resident'], []],
    ['other', { amountCents: 2_500, reference: 'DON-XYZ9' }, ['resident'], []],
    [
      'townHall',
      { amountCents: 150_000, reference: 'VIR-MAIRIE-7', organisationId: townHall },
      ['funder'],
      [townHall],
    ],
  ];
  for (const [name, body, roles, orgs] of declarations) {
    const res = await request(h.app)
      .post(`/api/funds/${FUND}/contributions`)
      .set(await auth(newId(), roles, orgs))
      .send({ occurredAt: '2027-01-30T10:00:00Z', ...body })
      .expect(202);
    ids[name] = res.body.id as string;
  }
});
afterAll(() => h.stop());

it('shows the matches first and changes nothing', async () => {
  const res = await send(STATEMENT, false);
  expect(res.status).toBe(200);
  expect(res.body.applied).toBe(false);
  expect(res.body.lines).toEqual([
    expect.objectContaining({ line: 2, outcome: 'matched', declarationId: ids.gift }),
    expect.objectContaining({ line: 3, outcome: 'matched', declarationId: ids.townHall }),
    expect.objectContaining({ line: 5, outcome: 'unmatched', declarationId: null }),
  ]);
  expect(res.body.unreadable).toEqual([{ line: 6, problem: 'date' }]);
  expect(await statusOf(ids.gift!)).toBe('declared');
});

it('confirms the matches, dated the day the bank shows, once', async () => {
  const res = await send(STATEMENT, true);
  expect(res.body.lines.map((l: { outcome: string }) => l.outcome)).toEqual([
    'confirmed',
    'confirmed',
    'unmatched',
  ]);
  expect(await statusOf(ids.gift!)).toBe('confirmed');
  expect(await statusOf(ids.townHall!)).toBe('confirmed');
  expect(await statusOf(ids.other!)).toBe('declared');
  const ledger = await request(h.app)
    .get(`/api/funds/${FUND}/ledger?kind=contribution`)
    .set(await auth(coordinator, ['coordinator']));
  expect(ledger.body.items.map((e: { occurredAt: string }) => e.occurredAt).sort()).toEqual([
    '2027-02-01T12:00:00.000Z',
    '2027-02-03T12:00:00.000Z',
  ]);
  const again = await send(STATEMENT, true);
  expect(again.body.lines.map((l: { outcome: string }) => l.outcome)).toEqual([
    'unmatched',
    'unmatched',
    'unmatched',
  ]);
  const summary = await request(h.app).get(`/api/funds/${FUND}/summary`);
  expect(summary.body.totals.contributedCents).toBe(154_000);
});

it('refuses a statement it cannot read, and anyone but a coordinator', async () => {
  const noHeader = await send('01/02/2027;VIR;40,00', false);
  expect(noHeader.status).toBe(422);
  expect(noHeader.body.code).toBe('STATEMENT_UNREADABLE');
  const resident = await send(STATEMENT, false, newId(), ['resident']);
  expect(resident.status).toBe(403);
  const huge = await send(`Date;Libellé;Montant\n${'01/02/2027;x;1,00\n'.repeat(40_000)}`, false);
  expect(huge.status).toBe(413);
});
