/**
 * Dates always in Europe/Paris whatever the device's zone; money from integer cents as
 * « 12,50 € » in French. One place, so every page says it the same way.
 */
export type Locale = 'fr' | 'en';

const TIME_ZONE = 'Europe/Paris';
const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tags[locale], { timeZone: TIME_ZONE, ...options });
    formatters.set(key, format);
  }
  return format;
}

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

/** « samedi 6 mars 2027 » */
export const formatDate = (value: string | Date, locale: Locale) =>
  dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .format(toDate(value))
    .replace(',', '');

/** « sam. 6 mars » */
export const formatShortDate = (value: string | Date, locale: Locale) =>
  dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(toDate(value));

/** « 10:00 » */
export const formatTime = (value: string | Date, locale: Locale) =>
  dateFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(toDate(value));

/** « samedi 6 mars 2027 à 10:00 » / "Saturday 6 March 2027 at 10:00" */
export const formatDateTime = (value: string | Date, locale: Locale) =>
  `${formatDate(value, locale)} ${locale === 'fr' ? 'à' : 'at'} ${formatTime(value, locale)}`;

/** « 12,50 € » / "€12.50" */
export const formatEuros = (cents: number, locale: Locale) =>
  new Intl.NumberFormat(tags[locale], { style: 'currency', currency: 'EUR' }).format(cents / 100);

export const formatNumber = (value: number, locale: Locale, digits = 0) =>
  new Intl.NumberFormat(tags[locale], { maximumFractionDigits: digits }).format(value);

/** « 2 h 30 » */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** The Paris calendar day of an instant, `YYYY-MM-DD` (for week views and date inputs). */
export function parisDay(value: string | Date): string {
  const parts = dateFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(toDate(value))
    .reduce<Record<string, string>>((all, p) => ({ ...all, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The UTC instant of a Paris wall-clock time (`2027-03-06`, `10:00`), for forms: the
 * offset is the one Paris has at that moment (DST-safe away from the autumn repeated hour).
 */
export function parisWallTimeToIso(day: string, time: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  const shown = dateFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    guess,
  );
  const [h, m] = shown.split(':').map(Number);
  const [wantH, wantM] = time.split(':').map(Number);
  const offsetMinutes =
    ((h ?? 0) * 60 + (m ?? 0) - ((wantH ?? 0) * 60 + (wantM ?? 0)) + 1440) % 1440;
  const signed = offsetMinutes > 720 ? offsetMinutes - 1440 : offsetMinutes;
  return new Date(guess.getTime() - signed * 60_000).toISOString();
}

/** `la-chapelle-en-vercors` → « La Chapelle-en-Vercors » (communes are ids in the API). */
export function communeName(slug: string): string {
  const small = new Set(['en', 'de', 'du', 'des', 'sur', 'lès', 'les', 'le']);
  const words = slug.split('-');
  return words
    .map((word, i) =>
      i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('-')
    .replace(/^La-/, 'La ')
    .replace(/^Le-/, 'Le ');
}
