import type { Delivery } from './delivery.js';
import type { Entry } from './entry.js';
import type { Fund } from './fund.js';
import { monthInParis, monthlyFigures } from './months.js';

const fund = {
  id: 'f',
  periodStart: new Date('2026-12-31T23:00:00Z'),
  periodEnd: new Date('2027-12-31T23:00:00Z'),
} as Fund;

const entry = (over: Partial<Entry>): Entry =>
  ({
    kind: 'contribution',
    reversedKind: null,
    category: 'residents',
    amountCents: 1_000,
    occurredAt: new Date('2027-02-10T10:00:00Z'),
    ...over,
  }) as Entry;

const delivery = (startsAt: string): Delivery =>
  ({ startsAt: new Date(startsAt), durationMinutes: 90, participantMinutes: 900 }) as Delivery;

describe('monthlyFigures', () => {
  it('covers the period month by month in Paris, empty months included', () => {
    const months = monthlyFigures(fund, [], []);
    expect(months.map((m) => m.month)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
    ]);
    expect(monthInParis(new Date('2027-01-31T23:30:00Z'))).toBe('2027-02');
  });

  it('counts money confirmed by category, reversals against their month, and the hours', () => {
    const months = monthlyFigures(
      fund,
      [
        entry({ category: 'municipalities', amountCents: 150_000 }),
        entry({ occurredAt: new Date('2027-01-31T23:30:00Z') }),
        entry({ kind: 'pledge', amountCents: 9_999 }),
        entry({
          kind: 'reversal',
          reversedKind: 'contribution',
          amountCents: -1_000,
          occurredAt: new Date('2027-03-01T10:00:00Z'),
        }),
      ],
      [delivery('2027-02-06T09:00:00Z'), delivery('2027-02-13T09:00:00Z')],
    );
    const [, february, march] = months;
    expect(february).toEqual({
      month: '2027-02',
      contributedCents: { municipalities: 150_000, businesses: 0, residents: 1_000 },
      sessions: 2,
      workshopHours: 3,
      participantHours: 30,
      volunteerHours: 0,
    });
    expect(march?.contributedCents.residents).toBe(-1_000);
  });
});
