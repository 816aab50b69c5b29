/**
 * What the API says to people comes in the caller's language (`Accept-Language`): French
 * first, the network's language and the default, then English. Codes stay the stable keys.
 */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A text for people, in every language the API speaks. */
export interface Localized {
  fr: string;
  en: string;
}

/** Both languages from one function of the language (amounts, dates and plurals inside). */
export const localized = (text: (locale: Locale) => string): Localized => ({
  fr: text('fr'),
  en: text('en'),
});

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
// The network's communes are in France: moments are read in Paris time.
const TIME_ZONE = 'Europe/Paris';

/** An amount in cents as euros: `1 100,00 €` in French, `€1,100.00` in English. */
export function formatEuros(cents: number, locale: Locale): string {
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'EUR' });
  return format.format(cents / 100);
}

/** A moment, in Paris time: `6 décembre 2026 à 19:30`, `6 December 2026 at 19:30`. */
export function formatDateTime(moment: Date | string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  return format.format(new Date(moment));
}

/** A day: `6 décembre 2026`, `6 December 2026`. */
export function formatDay(moment: Date | string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  });
  return format.format(new Date(moment));
}

/** Singular and plural of a word in each language, e.g. `{ fr: ['place', 'places'], en: … }`. */
export type WordForms = Record<Locale, readonly [one: string, other: string]>;

/**
 * A count with its word, by each language's rule: `1 personne`, `0 personne`, `2 personnes`;
 * `1 person`, `0 people`.
 */
export function countOf(count: number, forms: WordForms, locale: Locale): string {
  const rule = new Intl.PluralRules(INTL_LOCALE[locale]).select(count);
  const number = new Intl.NumberFormat(INTL_LOCALE[locale]).format(count);
  return `${number} ${rule === 'one' ? forms[locale][0] : forms[locale][1]}`;
}

/** The French of every schema message declared with `schemaMessage`, by its English. */
const frenchOfSchemaMessage = new Map<string, string>();

/**
 * A validation message of a schema in both languages, for any check (`.min(8, …)`,
 * `.regex(re, …)`, `.refine(ok, …)`): zod keeps the English, and service-kit's `parseInput`
 * finds the French by it when the caller reads French.
 */
export function schemaMessage(text: Localized): string {
  frenchOfSchemaMessage.set(text.en, text.fr);
  return text.en;
}

export const frenchSchemaMessage = (english: string): string | undefined =>
  frenchOfSchemaMessage.get(english);
