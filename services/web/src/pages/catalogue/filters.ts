/**
 * The catalogue's filters live in the URL (`/?view=week&kind=repair&date=2027-03-06`), so a
 * link can be shared and the back button returns to the same results.
 */
import { parisDay, parisWallTimeToIso } from '../../format/index.js';
import type { SessionSearch } from './api.js';

export type View = 'list' | 'week';

export interface Filters {
  view: View;
  kind: string;
  commune: string;
  /** A Paris day `YYYY-MM-DD`: from that day (list) or its week (week view). */
  date: string;
  q: string;
  available: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const date = params.get('date') ?? '';
  return {
    view: params.get('view') === 'week' ? 'week' : 'list',
    kind: params.get('kind') ?? '',
    commune: params.get('commune') ?? '',
    date: DAY.test(date) ? date : '',
    q: params.get('q') ?? '',
    available: params.get('available') === '1',
  };
}

/** `/?…` with only the filters that are set (a bare `/` when none is). */
export function filtersHref(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.view === 'week') params.set('view', 'week');
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.commune) params.set('commune', filters.commune);
  if (filters.date) params.set('date', filters.date);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.available) params.set('available', '1');
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** Calendar arithmetic on `YYYY-MM-DD` (UTC noon: no zone or DST can shift the day). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export const todayInParis = () => parisDay(new Date());

/** The seven Paris days of the week shown, Monday first. */
export function weekDays(filters: Filters): string[] {
  const monday = mondayOf(filters.date || todayInParis());
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

const later = (a: string, b: string) => (new Date(a) > new Date(b) ? a : b);

/** What to ask the API for: sessions not yet started, from the chosen day or in its week. */
export function searchFor(filters: Filters, now: Date): SessionSearch {
  const nowIso = now.toISOString();
  const common = {
    kind: filters.kind || undefined,
    commune: filters.commune || undefined,
    q: filters.q.trim() || undefined,
    available: filters.available || undefined,
  };
  if (filters.view === 'week') {
    const days = weekDays(filters);
    const from = parisWallTimeToIso(days[0]!, '00:00');
    const to = parisWallTimeToIso(addDays(days[0]!, 7), '00:00');
    return { ...common, from: later(from, nowIso), to };
  }
  const from = filters.date ? later(parisWallTimeToIso(filters.date, '00:00'), nowIso) : undefined;
  return { ...common, from };
}
