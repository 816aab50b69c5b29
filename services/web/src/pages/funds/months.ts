import { parisDay } from '../../format/index.js';
import type { Category, MonthFigures } from './api.js';
import { CATEGORIES } from './api.js';

export interface MonthRow {
  /** `YYYY-MM`, in Paris. */
  month: string;
  cents: Record<Category, number>;
  sessions: number;
  workshopHours: number;
  participantHours: number;
  volunteerHours: number;
}

const parisMonth = (at: Date) => parisDay(at).slice(0, 7);

/**
 * The summary's months up to this one (or a later one with figures): the months still to
 * come stay off the charts, the empty ones before stay on them, so the time axis is honest.
 */
export function monthsSoFar(months: MonthFigures[], now = new Date()): MonthRow[] {
  const hasFigures = (m: MonthFigures) =>
    m.sessions > 0 || CATEGORIES.some((c) => m.contributedCents[c] !== 0);
  const last = [parisMonth(now), ...months.filter(hasFigures).map((m) => m.month)].sort().at(-1);
  return months
    .filter((m) => last !== undefined && m.month <= last)
    .map((m) => ({
      month: m.month,
      cents: m.contributedCents,
      sessions: m.sessions,
      workshopHours: m.workshopHours,
      participantHours: m.participantHours,
      volunteerHours: m.volunteerHours,
    }));
}

export const monthTotal = (row: MonthRow) => CATEGORIES.reduce((a, c) => a + row.cents[c], 0);
