/**
 * Euros typed by people (« 1 200,50 », « 12.5 », « 30 € ») to integer cents, read from the
 * text itself so that no float rounding can turn 0,29 € into 28 cents. Zero is a valid
 * amount here (a commune's share); forms that need more than zero say so.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cents;
}

/** A payment, an expense or a cost: an amount in euros above zero, as cents, or null. */
export function parsePositiveEuros(text: string): number | null {
  const cents = parseEuros(text);
  return cents !== null && cents > 0 ? cents : null;
}

/** Cents back to what a person would type (« 1200,50 » in French), to prefill a field. */
export function eurosInput(cents: number, locale: 'fr' | 'en'): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  if (rest === '00') return String(euros);
  return `${euros}${locale === 'fr' ? ',' : '.'}${rest}`;
}
