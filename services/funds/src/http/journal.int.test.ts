// The treasurer's journal: one balanced pair of lines per cash entry, in the accounts of the
// association's chart (editable), whose bank balance is the ledger's to the cent.
import request from 'supertest';
import { newId } from '@fabrique/contracts';
import { startFundsHarness, type FundsHarness } from '../test-harness.js';

let h: FundsHarness;
const FUND = 'fonds-journal-2027';
const coordinator = newId();

async function auth(sub: string, roles = ['coordinator'], orgs: string[] = []) {
  return { Authorization: `Bearer ${await h.token(sub, roles, orgs)}` };
}
const post = async (path: string, body: Record<string, unknown>) =>
  request(h.app)
    .post(`/api/funds/${FUND}/${path}`)
    .set(await auth(coordinator))
    .send(body);

interface Line {
  date: string;
  piece: string;
  account: string;
  label: string;
  debit: number;
  credit: number;
}

async function journal(): Promise<{ header: string; lines: Line[] }> {
  const res = await request(h.app)
    .get(`/api/funds/${FUND}/journal.csv`)
    .set(await auth(coordinator));
  expect(res.type).toBe('text/csv');
  const [header = '', ...rows] = res.text.trim().split('\r\n');
  const cents = (text: string) => (text ? Math.round(Number(text.replace(',', '.')) * 100) : 0);
  return {
    header,
    lines: rows.map((row) => {
      const [date = '', , piece = '', account = '', label = '', debit = '', credit = ''] =
        row.split(';');
      return { date, piece, account, label, debit: cents(debit), credit: cents(credit) };
    }),
  };
}

const net = (lines: Line[], account: string) =>
  lines.filter((l) => l.account === account).reduce((a, l) => a + l.debit - l.credit, 0);

beforeAll(async () => {
  h = await startFundsHarness();
  const townHall = await h.organisation(
    'municipality',
    'vassieux-en-vercors',
    'Mairie de Vassieux',
  );
  const bakery = await h.organisation('business', 'vassieux-en-vercors', 'Boulangerie du Col');
  await request(h.app)
    .post('/api/funds')
    .set(await auth(coordinator))
    .send({
      id: FUND,
      name: 'Fonds du journal 2027',
      periodStart: '2027-01-01T00:00:00Z',
      periodEnd: '2028-01-01T00:00:00Z',
      targetCents: 9_000_000,
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 500_000 }],
    })
    .expect(201);
  const at = '2027-02-01T10:00:00Z';
  await post('contributions', {
    amountCents: 150_000,
    organisationId: townHall,
    reference: 'VIR-M-1',
    occurredAt: at,
  });
  const gift = await post('contributions', {
    amountCents: 30_000,
    organisationId: bakery,
    reference: 'VIR-B-1',
    occurredAt: at,
  });
  await post(`ledger/${gift.body.id as string}/reverse`, { reason: 'Virement rejeté' });
  await post('pledges', {
    amountCents: 500_000,
    organisationId: townHall,
    reference: 'DELIB-1',
    occurredAt: at,
  });
  const declared = await request(h.app)
    .post(`/api/funds/${FUND}/contributions`)
    .set(await auth(newId(), ['resident']))
    .send({ amountCents: 4_200, reference: 'DON-1', occurredAt: at })
    .expect(202);
  await h.confirm(FUND, declared.body.id as string);
  const expense = await post('expenses', {
    amountCents: 12_050,
    lineItemId: 'materiel',
    receiptRef: 'FACT-9',
    description: 'Chambres à air',
  });
  await post(`expenses/${expense.body.id as string}/approve`, {});
});
afterAll(() => h.stop());

it('balances every entry and matches the ledger to the cent, pledges left out', async () => {
  const { header, lines } = await journal();
  expect(header).toBe('date;journal;piece;compte;libelle;debit;credit');
  // Four cash entries and one reversal; the pledge is a promise, not a movement of money.
  expect(lines).toHaveLength(10);
  expect(lines.reduce((a, l) => a + l.debit, 0)).toBe(lines.reduce((a, l) => a + l.credit, 0));
  const summary = await request(h.app).get(`/api/funds/${FUND}/summary`);
  expect(net(lines, '512000')).toBe(summary.body.totals.balanceCents as number);
  expect(net(lines, '744000')).toBe(-150_000);
  expect(net(lines, '754500')).toBe(0);
  expect(net(lines, '754100')).toBe(-4_200);
  expect(net(lines, '606000')).toBe(12_050);
  // In date order (the reversal was recorded today, before the period's dates).
  expect(lines.find((l) => l.piece === 'VIR-M-1')).toMatchObject({
    date: '01/02/2027',
    piece: 'VIR-M-1',
    label: 'Versement Mairie de Vassieux',
  });
  expect(lines.map((l) => l.label)).toContain('Annulation : Versement Boulangerie du Col');
});

it('uses the accounts a coordinator sets, and only a coordinator', async () => {
  const accounts = {
    journalCode: 'BQ2',
    bank: '512100',
    categories: { municipalities: '744100', businesses: '754500', residents: '754100' },
    expenses: '606000',
    lineItems: { materiel: '606300' },
  };
  const put = (body: unknown, who?: Record<string, string>) =>
    request(h.app)
      .put(`/api/funds/${FUND}/journal/accounts`)
      .set(who ?? {})
      .send(body as object);
  expect((await put(accounts, await auth(newId(), ['funder']))).status).toBe(403);
  expect((await put({ ...accounts, bank: '12' }, await auth(coordinator))).status).toBe(400);
  const unknownLine = await put(
    { ...accounts, lineItems: { velo: '606400' } },
    await auth(coordinator),
  );
  expect(unknownLine.body.code).toBe('UNKNOWN_LINE_ITEM');
  expect((await put(accounts, await auth(coordinator))).status).toBe(200);
  const { lines } = await journal();
  expect(net(lines, '512100')).toBe(150_000 + 4_200 - 12_050);
  expect(net(lines, '606300')).toBe(12_050);
  expect(net(lines, '744100')).toBe(-150_000);
  const csv = await request(h.app)
    .get(`/api/funds/${FUND}/journal.csv`)
    .set(await auth(newId(), ['funder']));
  expect(csv.status).toBe(403);
});
