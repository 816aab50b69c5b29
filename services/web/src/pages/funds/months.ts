import { parisDay } from '../../format/index.js';
import { CATEGORIES, type Category, type Entry } from './api.js';

export interface MonthRow {
  /** `YYYY-MM`, in Paris. */
  month: string;
  cents: Record<Category, number>;
}

/** The kind an entry counts as: a reversal counts against what it reversed (as the service). */
const effectiveKind = (e: Entry) =>
  e.kind === 'reversal' && e.reversedKind ? e.reversedKind : e.kind;

/** Every month from `from` to `to` (both `YYYY-MM`), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 240; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to) break;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * Money received per month (Paris) and category, over the fund's period up to today (or a
 * later dated entry): empty
 * months stay, so that the time axis is honest.
 */
export function contributionsByMonth(
  entries: Entry[],
  period: { start: string; end: string },
  now = new Date(),
): MonthRow[] {
  const latest = Math.max(now.getTime(), ...entries.map((e) => new Date(e.occurredAt).getTime()));
  const lastInstant = new Date(Math.min(latest, new Date(period.end).getTime() - 1));
  const months = monthsBetween(
    parisDay(period.start).slice(0, 7),
    parisDay(lastInstant).slice(0, 7),
  );
  const rows = new Map<string, MonthRow>(
    months.map((month) => [
      month,
      { month, cents: { municipalities: 0, businesses: 0, residents: 0 } },
    ]),
  );
  for (const e of entries) {
    if (effectiveKind(e) !== 'contribution' || !e.category) continue;
    const row = rows.get(parisDay(e.occurredAt).slice(0, 7));
    if (row) row.cents[e.category] += e.amountCents;
  }
  return [...rows.values()];
}

export const monthTotal = (row: MonthRow) => CATEGORIES.reduce((a, c) => a + row.cents[c], 0);
