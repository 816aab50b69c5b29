import { ApiError } from '../../api/problem.js';
import { parisWallTimeToIso } from '../../format/index.js';
import type { Recurrence, ScheduleBody, Workshop } from './api.js';
import { gridMinutes, wholeNumber } from './numbers.js';

/** The schedule form as typed. Times are Paris wall-clock times. */
export interface ScheduleDraft {
  date: string;
  time: string;
  duration: string;
  capacity: string;
  venueId: string;
  repeat: 'none' | 'weekly' | 'monthly';
  interval: string;
  end: 'count' | 'until';
  count: string;
  until: string;
}

export type ScheduleField =
  'date' | 'time' | 'duration' | 'capacity' | 'venueId' | 'count' | 'until';

export function initialSchedule(workshop: Workshop): ScheduleDraft {
  return {
    date: '',
    time: '',
    duration: String(workshop.defaultDurationMinutes),
    capacity: String(workshop.defaultCapacity),
    venueId: workshop.defaultVenueId ?? '',
    repeat: 'none',
    interval: '1',
    end: 'count',
    count: '4',
    until: '',
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "The 2nd Saturday of the month" for a `YYYY-MM-DD` day: ISO weekday (1 = Monday) and which
 * one it is in its month (1 to 4; -1 for a 5th one, which is always the last).
 */
export function monthlyRuleOf(day: string): { weekday: number; ordinal: number } | null {
  if (!DAY.test(day)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = ((new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7) + 1;
  const ordinal = Math.ceil(date / 7);
  return { weekday, ordinal: ordinal === 5 ? -1 : ordinal };
}

/** The API takes a last day from the first session's day to two years after it. */
function untilFits(first: string, until: string): boolean {
  if (!DAY.test(until) || !DAY.test(first) || until < first) return false;
  const latest = `${Number(first.slice(0, 4)) + 2}${first.slice(4)}`;
  return until <= latest;
}

function onGrid(time: string): boolean {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match !== null && Number(match[1]) < 24 && Number(match[2]) % 5 === 0;
}

/** Every field to fix before asking for the dates (the API's bounds and its 5-minute grid). */
export function scheduleProblems(draft: ScheduleDraft): Set<ScheduleField> {
  const problems = new Set<ScheduleField>();
  if (!DAY.test(draft.date)) problems.add('date');
  if (!onGrid(draft.time)) problems.add('time');
  if (gridMinutes(draft.duration) === null) problems.add('duration');
  if (wholeNumber(draft.capacity, 1, 500) === null) problems.add('capacity');
  if (!draft.venueId) problems.add('venueId');
  if (draft.repeat === 'none') return problems;
  if (draft.end === 'count' && wholeNumber(draft.count, 1, 200) === null) problems.add('count');
  if (draft.end === 'until' && !untilFits(draft.date, draft.until)) problems.add('until');
  return problems;
}

function recurrenceOf(draft: ScheduleDraft): Recurrence | undefined {
  const end =
    draft.end === 'count' ? { count: Number(draft.count.trim()) } : { until: draft.until };
  if (draft.repeat === 'weekly')
    return { frequency: 'weekly', interval: Number(draft.interval), ...end };
  const rule = monthlyRuleOf(draft.date);
  if (draft.repeat === 'monthly' && rule) return { frequency: 'monthly', ...rule, ...end };
  return undefined;
}

/** The body of the preview and of the scheduling; call once `scheduleProblems` is empty. */
export function scheduleBodyOf(draft: ScheduleDraft): ScheduleBody {
  const recurrence = recurrenceOf(draft);
  return {
    startsAt: parisWallTimeToIso(draft.date, draft.time),
    durationMinutes: Number(draft.duration.trim()),
    capacity: Number(draft.capacity.trim()),
    venueId: draft.venueId,
    ...(recurrence && { recurrence }),
  };
}

const PATHS: Record<ScheduleField, string[]> = {
  date: ['startsAt'],
  time: ['startsAt'],
  duration: ['durationMinutes'],
  capacity: ['capacity'],
  venueId: ['venueId'],
  count: ['recurrence.count'],
  until: ['recurrence.until'],
};

// Only where the field's own message says what is wrong; the others speak next to the button.
const CODES: Record<string, ScheduleField[]> = {
  NOT_ON_SLOT_GRID: ['time', 'duration'],
  VENUE_NOT_FOUND: ['venueId'],
};

/** Whether the server's refusal points at this field (by body path or by error code). */
export function scheduleRefused(error: unknown, field: ScheduleField): boolean {
  if (!(error instanceof ApiError)) return false;
  if (CODES[error.code]?.includes(field)) return true;
  return Object.keys(error.fieldErrors).some((path) => PATHS[field].includes(path));
}

/** The session a busy venue or host is taken by, when the API names it. */
export function conflictingSessionId(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code !== 'VENUE_BUSY' && error.code !== 'HOST_BUSY') return undefined;
  return error.fieldErrors.conflictingSessionId || undefined;
}
