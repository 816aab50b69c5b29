import { fundArchivedV1, fundCreatedV1, fundVolunteerRatesSetV1 } from '@fabrique/contracts';
import {
  archiveFund,
  createFund,
  fundFromData,
  setVolunteerRates,
  SOURCE,
  type FundInput,
} from './fund.js';
import { CHAPELLE, codeOf, fund, VASSIEUX } from './test-fixtures.js';

const now = new Date('2026-12-01T10:00:00Z');

const input: FundInput = {
  id: 'f2027',
  name: 'Fonds commun 2027',
  periodStart: new Date('2027-01-01T00:00:00Z'),
  periodEnd: new Date('2028-01-01T00:00:00Z'),
  targetCents: 9_000_000,
  memberCommunes: [VASSIEUX, CHAPELLE, VASSIEUX],
  lineItems: [],
  behindMarginBps: 1_000,
};

describe('createFund', () => {
  it('creates the fund with equal shares by default, its communes once each, sorted', () => {
    const { fund: created, events } = createFund(input, 'coordinator', now);
    expect(created).toMatchObject({
      id: 'f2027',
      shares: { municipalities: 1, businesses: 1, residents: 1 },
      memberCommunes: [CHAPELLE, VASSIEUX],
      createdBy: 'coordinator',
      createdAt: now,
    });
    expect(events).toHaveLength(1);
    const event = fundCreatedV1.schema.parse(events[0]);
    expect(event).toMatchObject({ type: fundCreatedV1.type, subject: 'f2027', source: SOURCE });
    expect(event.data).toEqual({
      fundId: 'f2027',
      name: 'Fonds commun 2027',
      periodStart: '2027-01-01T00:00:00.000Z',
      periodEnd: '2028-01-01T00:00:00.000Z',
      targetCents: 9_000_000,
      shares: { municipalities: 1, businesses: 1, residents: 1 },
      memberCommunes: [CHAPELLE, VASSIEUX].sort(),
      lineItems: [],
      behindMarginBps: 1_000,
      createdBy: 'coordinator',
      createdAt: now.toISOString(),
    });
    expect(fundFromData(event.data)).toEqual(created);
    expect(event.time).toBe(now.toISOString());
  });

  it('keeps the shares it is given', () => {
    const shares = { municipalities: 2, businesses: 1, residents: 1 };
    expect(createFund({ ...input, shares }, 'coordinator', now).fund.shares).toEqual(shares);
  });

  it('refuses a period that ends before it starts, or lasts more than three years', () => {
    const backwards = { ...input, periodEnd: input.periodStart };
    expect(codeOf(() => createFund(backwards, 'coordinator', now))).toBe('INVALID_PERIOD');
    const long = { ...input, periodEnd: new Date('2031-01-01T00:00:00Z') };
    expect(codeOf(() => createFund(long, 'coordinator', now))).toBe('INVALID_PERIOD');
  });

  it('refuses shares that give nobody anything', () => {
    const shares = { municipalities: 0, businesses: 0, residents: 0 };
    expect(codeOf(() => createFund({ ...input, shares }, 'coordinator', now))).toBe(
      'INVALID_SHARES',
    );
  });
});

describe('archiveFund', () => {
  it('archives the fund now, saying who did', () => {
    const { fund: archived, events } = archiveFund(fund, 'coordinator', now);
    expect(archived.archivedAt).toEqual(now);
    expect(fundArchivedV1.schema.parse(events[0]).data).toEqual({
      fundId: fund.id,
      archivedBy: 'coordinator',
      archivedAt: now.toISOString(),
    });
  });

  it('changes nothing and says nothing for a fund already archived', () => {
    const before = { ...fund, archivedAt: new Date('2026-12-24T00:00:00Z') };
    expect(archiveFund(before, 'coordinator', now)).toEqual({ fund: before, events: [] });
  });
});

describe('setVolunteerRates', () => {
  it('replaces the rates with the list given, oldest first', () => {
    const later = { from: new Date('2027-11-01T00:00:00Z'), hourlyCents: 12_10 };
    const first = { from: new Date('2027-01-01T00:00:00Z'), hourlyCents: 11_88 };
    const { fund: changed, events } = setVolunteerRates(fund, [later, first], 'coordinator', now);
    expect(changed.volunteerRates).toEqual([first, later]);
    const event = fundVolunteerRatesSetV1.schema.parse(events[0]);
    expect(event.data.rates).toEqual([
      { from: '2027-01-01T00:00:00.000Z', hourlyCents: 11_88 },
      { from: '2027-11-01T00:00:00.000Z', hourlyCents: 12_10 },
    ]);
    expect(event.data.setBy).toBe('coordinator');
  });
});
