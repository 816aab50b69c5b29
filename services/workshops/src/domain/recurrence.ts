import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { countOf, formatDay, localized, schemaMessage } from '@fabrique/contracts';
import { workshopErrors } from './errors.js';

/** Schedules are computed in the network's time zone (DESIGN.md consistency rule 6). */
export const PARIS_TIME_ZONE = 'Europe/Paris';
/** Hard cap on the sessions one rule may create (one request, one batch of slot claims). */
export const MAX_OCCURRENCES = 200;
/** `until` may be at most this many years after the first session's date. */
export const MAX_RECURRENCE_YEARS = 2;

const paris = IANAZone.create(PARIS_TIME_ZONE);
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
// Words counted in error details.
const YEARS = { fr: ['an', 'ans'], en: ['year', 'years'] } as const;
const SESSIONS = { fr: ['séance', 'séances'], en: ['session', 'sessions'] } as const;

// Every rule ends, either on a date or after a number of sessions (exactly one, see below).
const ruleEnd = {
  until: z.iso
    .date()
    .optional()
    .describe('Last date on which a session may take place (inclusive, Europe/Paris), YYYY-MM-DD'),
  count: z
    .int()
    .min(1)
    .max(MAX_OCCURRENCES)
    .optional()
    .describe('Number of sessions, the first one included'),
};

/** "Every N weeks", on the weekday and at the Paris time of the first session. */
export const weeklyRecurrenceSchema = z.strictObject({
  frequency: z.literal('weekly'),
  interval: z.int().min(1).max(8).default(1).describe('Every N weeks'),
  ...ruleEnd,
});

/** "Every month on the 2nd Saturday" = { weekday: 6, ordinal: 2 }; ordinal -1 is the last one. */
export const monthlyRecurrenceSchema = z.strictObject({
  frequency: z.literal('monthly'),
  weekday: z.int().min(1).max(7).describe('ISO weekday: 1 = Monday … 7 = Sunday'),
  ordinal: z.literal([1, 2, 3, 4, -1]).describe('Which one in the month: 1 to 4, or -1 for last'),
  ...ruleEnd,
});

export const recurrenceSchema = z
  .discriminatedUnion('frequency', [weeklyRecurrenceSchema, monthlyRecurrenceSchema])
  .refine((rule) => (rule.until === undefined) !== (rule.count === undefined), {
    message: schemaMessage({
      fr: 'Indiquez exactement l’un des deux : « until » (dernière date) ou « count » (nombre de séances).',
      en: 'Give exactly one of `until` (last date) or `count` (number of sessions).',
    }),
  });

/** A parsed rule (defaults applied); parse request bodies with `recurrenceSchema` first. */
export type Recurrence = z.infer<typeof recurrenceSchema>;
export type RecurrenceInput = z.input<typeof recurrenceSchema>;

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

interface WallTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * Calendar dates are luxon DateTimes at midnight UTC standing for a Paris date: adding weeks
 * or months to them is plain calendar arithmetic, untouched by DST.
 */
function calendarDate(year: number, month: number, day: number): DateTime {
  return DateTime.utc(year, month, day);
}

function parisDateAndTime(instant: Date): { date: DateTime; time: WallTime } {
  const local = DateTime.fromJSDate(instant, { zone: paris });
  const { hour, minute, second, millisecond } = local;
  return {
    date: calendarDate(local.year, local.month, local.day),
    time: { hour, minute, second, millisecond },
  };
}

/**
 * The instant at which Paris clocks show `time` on `date`, resolved as RFC 5545 §3.3.5 does
 * (so calendar feeds agree with us):
 * - a wall time skipped by the March change (02:30 on the last Sunday of March) is read with
 *   the offset in force BEFORE the gap, i.e. it moves forward by the gap: 02:30 → 03:30 CEST
 *   (01:30Z), and the session keeps its real duration;
 * - a wall time that happens twice in October (02:30 on the last Sunday of October) is the
 *   FIRST of the two, still in summer time: 02:30 CEST (00:30Z).
 * Not `DateTime.fromObject`: it guesses the offset from the current date, so its answer for
 * the repeated hour would depend on the season in which the code runs.
 */
function parisInstant(date: DateTime, time: WallTime): Date {
  const wallAsUtc = date.set(time).toMillis();
  // Paris changes its offset at most once in two days: these are the only candidates.
  const before = paris.offset(wallAsUtc - DAY_MS);
  const after = paris.offset(wallAsUtc + DAY_MS);
  const valid = [before, after]
    .map((offset) => ({ offset, ms: wallAsUtc - offset * MINUTE_MS }))
    .filter(({ offset, ms }) => paris.offset(ms) === offset)
    .map(({ ms }) => ms);
  const ms = valid.length > 0 ? Math.min(...valid) : wallAsUtc - before * MINUTE_MS;
  return new Date(ms);
}

/** '2026-03-29T14:00': what a Paris clock shows at `date` (for previews and tests). */
export function parisWallClock(date: Date): string {
  return DateTime.fromJSDate(date, { zone: paris }).toFormat("yyyy-MM-dd'T'HH:mm");
}

function* weeklyDates(first: DateTime, interval: number): Generator<DateTime> {
  for (let index = 0; ; index += 1) yield first.plus({ weeks: index * interval });
}

/** The `ordinal`-th (or last, -1) `weekday` of the month starting at `monthStart`. */
function nthWeekdayOfMonth(monthStart: DateTime, weekday: number, ordinal: number): DateTime {
  if (ordinal > 0) {
    const firstMatch = monthStart.plus({ days: (weekday - monthStart.weekday + 7) % 7 });
    return firstMatch.plus({ weeks: ordinal - 1 });
  }
  const lastDay = monthStart.endOf('month').startOf('day');
  return lastDay.minus({ days: (lastDay.weekday - weekday + 7) % 7 });
}

// Ordinals stop at 4 so that every month has a match: no month is silently skipped.
function* monthlyDates(first: DateTime, weekday: number, ordinal: number): Generator<DateTime> {
  for (let month = first.startOf('month'); ; month = month.plus({ months: 1 })) {
    const date = nthWeekdayOfMonth(month, weekday, ordinal);
    if (date.toMillis() >= first.toMillis()) yield date;
  }
}

/** Checks `until` against the first date; returns it as a calendar date. */
function untilDate(until: string, first: DateTime): DateTime {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(until) ? DateTime.fromISO(until, { zone: 'utc' }) : null;
  if (!date?.isValid)
    throw workshopErrors.INVALID_RECURRENCE({
      fr: `« ${until} » n’est pas une date.`,
      en: `"${until}" is not a date.`,
    });
  if (date.toMillis() < first.toMillis())
    throw workshopErrors.INVALID_RECURRENCE({
      fr: 'La dernière date précède la première séance.',
      en: 'The last date is before the first session.',
    });
  const latest = first.plus({ years: MAX_RECURRENCE_YEARS });
  if (date.toMillis() > latest.toMillis())
    throw workshopErrors.INVALID_RECURRENCE(
      localized((locale) => {
        const years = countOf(MAX_RECURRENCE_YEARS, YEARS, locale);
        // A calendar date is midnight UTC standing for that Paris date: the same day in Paris.
        const day = formatDay(latest.toJSDate(), locale);
        return locale === 'fr'
          ? `La dernière date peut être au plus ${years} après la première séance (le ${day}).`
          : `The last date may be at most ${years} after the first session (${day}).`;
      }),
    );
  return date;
}

function tooMany(limit: number) {
  return workshopErrors.TOO_MANY_OCCURRENCES(
    localized((locale) =>
      locale === 'fr'
        ? `Cette règle crée plus de ${countOf(limit, SESSIONS, locale)} ; choisissez une dernière date plus proche ou un nombre plus petit.`
        : `This rule makes more than ${countOf(limit, SESSIONS, locale)}; choose an earlier last date or a smaller count.`,
    ),
  );
}

/** Takes dates from the rule until its end (both ends inclusive), refusing more than `limit`. */
function takeDates(
  dates: Iterable<DateTime>,
  recurrence: Recurrence,
  first: DateTime,
  limit: number,
): DateTime[] {
  const { until, count } = recurrence;
  if ((until === undefined) === (count === undefined))
    throw workshopErrors.INVALID_RECURRENCE({
      fr: 'Indiquez exactement l’un des deux : « until » ou « count ».',
      en: 'Give exactly one of `until` or `count`.',
    });
  if (count !== undefined && count > limit) throw tooMany(limit);
  const last = until === undefined ? undefined : untilDate(until, first);
  const taken: DateTime[] = [];
  for (const date of dates) {
    if (count !== undefined && taken.length >= count) break;
    if (last && date.toMillis() > last.toMillis()) break;
    if (taken.length >= limit) throw tooMany(limit);
    taken.push(date);
  }
  if (taken.length === 0)
    throw workshopErrors.INVALID_RECURRENCE({
      fr: 'Aucune date ne correspond à cette règle avant la dernière date.',
      en: 'No date matches this rule before the last date.',
    });
  return taken;
}

/**
 * The sessions a schedule request creates, in order. Without a rule: `firstStart` alone.
 * Weekly: `firstStart`, then every `interval` weeks on the same weekday. Monthly: the first
 * date on or after `firstStart`'s Paris date that matches the rule, then one per month — so
 * the first session is NOT `firstStart` when its date does not match (2nd Saturday from
 * 1 January → 10 January); callers store `occurrences(…)[0].startsAt`.
 * Every session keeps `firstStart`'s Paris wall-clock time (14:00 stays 14:00 across DST, its
 * UTC instant moves by an hour); see `parisInstant` for the skipped and repeated hours.
 * `endsAt` is `startsAt` plus `durationMinutes` of real elapsed time. Check the grid and the
 * duration with `assertOnSlotGrid` (slots.ts). `options.max` can lower the cap, not raise it.
 */
export function occurrences(
  firstStart: Date,
  durationMinutes: number,
  recurrence: Recurrence | undefined,
  options: { max?: number } = {},
): Occurrence[] {
  const session = (startsAt: Date): Occurrence => ({
    startsAt,
    endsAt: new Date(startsAt.getTime() + durationMinutes * MINUTE_MS),
  });
  if (!recurrence) return [session(new Date(firstStart.getTime()))];
  const limit = Math.min(options.max ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const { date: first, time } = parisDateAndTime(firstStart);
  const dates =
    recurrence.frequency === 'weekly'
      ? weeklyDates(first, recurrence.interval)
      : monthlyDates(first, recurrence.weekday, recurrence.ordinal);
  return takeDates(dates, recurrence, first, limit).map((date) =>
    // The first session's own date keeps its exact instant (even in the repeated hour).
    session(date.equals(first) ? new Date(firstStart.getTime()) : parisInstant(date, time)),
  );
}
