import type { IncomingHttpHeaders } from 'node:http';
import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@fabrique/contracts';

/**
 * The language a caller reads, after its `Accept-Language` (`en-GB,en;q=0.9` → English):
 * French, the network's language, when it asks for none of ours or for nothing.
 */
export function localeOf(headers: IncomingHttpHeaders): Locale {
  const chosen = new Negotiator({ headers }).language([...LOCALES]);
  return LOCALES.find((locale) => locale === chosen) ?? DEFAULT_LOCALE;
}
