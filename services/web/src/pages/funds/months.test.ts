import type { MonthFigures } from './api.js';
import { monthsSoFar } from './months.js';

const month = (key: string, sessions = 0): MonthFigures => ({
  month: key,
  contributedCents: { municipalities: 0, businesses: 0, residents: 0 },
  sessions,
  workshopHours: sessions * 2,
  participantHours: sessions * 16,
  volunteerHours: sessions * 3,
});

describe('monthsSoFar', () => {
  const year = ['2027-01', '2027-02', '2027-03', '2027-04'].map((m) => month(m));

  it('stops at the current month in Paris, keeping the empty months before it', () => {
    const rows = monthsSoFar(year, new Date('2027-02-28T23:30:00Z'));
    expect(rows.map((r) => r.month)).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('goes on to a later month that already has figures', () => {
    const rows = monthsSoFar([...year.slice(0, 3), month('2027-04', 1)], new Date('2027-01-15'));
    expect(rows.map((r) => r.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04']);
  });
});
