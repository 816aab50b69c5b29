import type { Delivery } from './delivery.js';
import { effectiveKind, type Entry } from './entry.js';
import type { Fund, FunderCategory } from './fund.js';
import { volunteerMinutes } from './in-kind.js';

/** One month of the fund's period, as the public page draws it. */
export interface MonthFigures {
  /** `YYYY-MM`, in Paris (a payment on 31 January at 23:30 in Paris is January's). */
  month: string;
  /** Money confirmed that month, by category (reversals count against their month). */
  contributedCents: Record<FunderCategory, number>;
  sessions: number;
  workshopHours: number;
  participantHours: number;
  /** Hours hosts and helpers gave (contributions in kind). */
  volunteerHours: number;
}

const parisMonth = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  timeZone: 'Europe/Paris',
});

export const monthInParis = (at: Date): string => parisMonth.format(at).slice(0, 7);

/** Every month from the period's first to its last (the end is exclusive), in order. */
function monthsOfPeriod(fund: Fund): string[] {
  const first = monthInParis(fund.periodStart);
  const last = monthInParis(new Date(fund.periodEnd.getTime() - 1));
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 120; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Month by month over the whole period (empty months stay, so the time axis is honest):
 * money confirmed per category, sessions, workshop hours and participant-hours. A pure
 * function of the fund, its entries and deliveries, like the rest of the summary.
 */
export function monthlyFigures(fund: Fund, entries: Entry[], deliveries: Delivery[]) {
  const rows = new Map(
    monthsOfPeriod(fund).map((month) => [
      month,
      {
        month,
        contributedCents: { municipalities: 0, businesses: 0, residents: 0 },
        sessions: 0,
        minutes: 0,
        participantMinutes: 0,
        volunteerMinutes: 0,
      },
    ]),
  );
  for (const e of entries) {
    if (effectiveKind(e) !== 'contribution' || !e.category) continue;
    const row = rows.get(monthInParis(e.occurredAt));
    if (row) row.contributedCents[e.category] += e.amountCents;
  }
  for (const d of deliveries) {
    const row = rows.get(monthInParis(d.startsAt));
    if (!row) continue;
    row.sessions += 1;
    row.minutes += d.durationMinutes;
    row.participantMinutes += d.participantMinutes;
    row.volunteerMinutes += volunteerMinutes(d);
  }
  return [...rows.values()].map(
    ({ minutes, participantMinutes, volunteerMinutes: given, ...row }): MonthFigures => ({
      ...row,
      workshopHours: hours(minutes),
      participantHours: hours(participantMinutes),
      volunteerHours: hours(given),
    }),
  );
}
