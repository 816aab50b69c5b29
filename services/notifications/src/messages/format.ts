import type { LOCALES } from '@fabrique/contracts';

/** The languages a person can choose; every message exists in each. */
export type Locale = (typeof LOCALES)[number];

/** Every date a person reads is Paris wall-clock time, whatever the server's zone. */
export const PARIS_TZID = 'Europe/Paris';

/**
 * Regional variants: fr-FR and en-GB both write 24-hour times and the day before the month,
 * which is what residents of the Vercors expect even in English.
 */
const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Word between the date and the time; Intl's own joiner adds a comma in en-GB. */
const DATE_TIME_JOINER: Record<Locale, string> = { fr: 'à', en: 'at' };

/**
 * ICU writes U+202F (narrow no-break space) or U+00A0 depending on its version; one
 * character keeps tests stable across Node versions, and a no-break one keeps « 12,50 € »
 * from wrapping in an email.
 */
const NO_BREAK_SPACE = '\u00a0';
const normaliseSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, NO_BREAK_SPACE);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: PARIS_TZID });
    dateFormats.set(key, format);
  }
  return format;
}

function instant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`);
  return date;
}

/** « samedi 6 mars 2027 » / "Saturday 6 March 2027" (« 1er » for the first of a month). */
export function formatDate(iso: string, locale: Locale): string {
  const date = instant(iso);
  const weekday = dateFormat(locale, { weekday: 'long' }).format(date);
  const parts = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(date)
    .map((part) =>
      // French writes the first day of a month as an ordinal: « 1er mars ».
      locale === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value,
    );
  return normaliseSpaces(`${weekday} ${parts.join('')}`);
}

/** « 10:00 », always 24-hour. */
export function formatTime(iso: string, locale: Locale): string {
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant(iso),
  );
}

/** « samedi 6 mars 2027 à 10:00 » / "Saturday 6 March 2027 at 10:00". */
export function formatDateTime(iso: string, locale: Locale): string {
  return `${formatDate(iso, locale)} ${DATE_TIME_JOINER[locale]} ${formatTime(iso, locale)}`;
}

/** « 2 h 30 », « 2 h », « 45 min » / "2 h 30 min". */
export function formatDuration(minutes: number, locale: Locale): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return `${hours} h`;
  return locale === 'fr' ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h ${rest} min`;
}

/**
 * Integer cents as euros: « 12,50 € » / "€12.50". The amount goes to Intl as a decimal
 * string so that no floating-point division can round a cent away.
 */
export function formatEuros(cents: number, locale: Locale): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Cents must be an integer: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const decimal = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'EUR' });
  return normaliseSpaces(format.format(decimal as Intl.StringNumericLiteral));
}

/** A count or a number of hours, at most one decimal: « 12,5 » / "12.5". */
export function formatNumber(value: number, locale: Locale): string {
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
  return normaliseSpaces(format.format(value));
}

/** Picks the word form for a count; French treats 0 like 1 (« 0 personne »). */
export function plural(locale: Locale, count: number, forms: { one: string; other: string }) {
  return new Intl.PluralRules(INTL_LOCALE[locale]).select(count) === 'one'
    ? forms.one
    : forms.other;
}

/** The six communes of the network, with the spelling their town halls use. */
const COMMUNE_NAMES: Readonly<Record<string, string>> = {
  'saint-jean-en-royans': 'Saint-Jean-en-Royans',
  'saint-laurent-en-royans': 'Saint-Laurent-en-Royans',
  'sainte-eulalie-en-royans': 'Sainte-Eulalie-en-Royans',
  'la-chapelle-en-vercors': 'La Chapelle-en-Vercors',
  'vassieux-en-vercors': 'Vassieux-en-Vercors',
  'saint-martin-en-vercors': 'Saint-Martin-en-Vercors',
};

/** Linking words French place names keep in lower case. */
const PARTICLES = new Set(['en', 'de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'et', 'lès']);
/** A leading article is separated by a space, not a hyphen (« La Chapelle-en-Vercors »). */
const ARTICLES = new Set(['la', 'le', 'les']);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `saint-jean-en-royans` → « Saint-Jean-en-Royans »; unknown slugs follow French usage. */
export function communeName(slug: string): string {
  const known = COMMUNE_NAMES[slug];
  if (known) return known;
  const words = slug.split('-').filter((word) => word !== '');
  const [first, ...rest] = words;
  if (first === undefined) return slug;
  const tail = rest.map((word) => (PARTICLES.has(word) ? word : capitalise(word))).join('-');
  if (ARTICLES.has(first) && tail !== '') return `${capitalise(first)} ${tail}`;
  return [capitalise(first), tail].filter((part) => part !== '').join('-');
}
