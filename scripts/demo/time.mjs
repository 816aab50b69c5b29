// Paris calendar arithmetic without dependencies: a "day" is a Date at UTC midnight standing
// for a date in Europe/Paris, and wall-clock times are turned into instants with the offset
// Paris had at that moment (so 14:00 stays 14:00 across the clock changes).

const DAY_MS = 86_400_000;
const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZoneName: 'shortOffset',
});

function parts(instantMs) {
  return Object.fromEntries(parisParts.formatToParts(instantMs).map((p) => [p.type, p.value]));
}

/** Minutes Paris is ahead of UTC at this instant ("GMT+1" → 60, "GMT+2" → 120). */
function offsetMinutes(instantMs) {
  const match = /GMT([+-])(\d+)(?::(\d+))?/.exec(parts(instantMs).timeZoneName);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Today's date in Paris. */
export function parisToday(now = new Date()) {
  const { year, month, day } = parts(now.getTime());
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

export const addDays = (day, n) => new Date(day.getTime() + n * DAY_MS);

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const weekdayOf = (day) => day.getUTCDay() || 7;

/** The first day on or after `from` that falls on `weekday`. */
export function onOrAfter(from, weekday) {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** The `ordinal`-th (1…4, or -1 for the last) `weekday` of the month `monthsAhead` from `day`. */
export function nthWeekdayOfMonth(day, monthsAhead, weekday, ordinal) {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + monthsAhead;
  if (ordinal === -1) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  return addDays(onOrAfter(new Date(Date.UTC(year, month, 1)), weekday), 7 * (ordinal - 1));
}

/** The instant at which the Paris clock shows `time` ("14:30") on `day`. */
export function parisInstant(day, time) {
  const [hours, minutes] = time.split(':').map(Number);
  const wall = day.getTime() + (hours * 60 + minutes) * 60_000;
  // Twice: the first guess may sit on the other side of a clock change.
  const guess = wall - offsetMinutes(wall) * 60_000;
  return new Date(wall - offsetMinutes(guess) * 60_000);
}

/** "2026-11-26" for a day. */
export const isoDate = (day) => day.toISOString().slice(0, 10);
