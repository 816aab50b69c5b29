/** Form text → whole number, or null when it is not one within [min, max]. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** A duration in minutes on the 5-minute grid sessions use (5 to 720). */
export function gridMinutes(text: string): number | null {
  const value = wholeNumber(text, 5, 720);
  return value !== null && value % 5 === 0 ? value : null;
}

/**
 * « 12,50 » or « 12.50 » (a « € » allowed) → 1250 cents, parsed from the digits so that no
 * float rounding can creep in; '' → 0 (nothing asked); null when it is not an amount.
 */
export function centsOf(text: string): number | null {
  const trimmed = text.trim().replace(/\s*€$/, '');
  if (trimmed === '') return 0;
  const match = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1250 → « 12,50 » (fr) or « 12.50 » (en), as typed back into the form. */
export function euroText(cents: number, locale: 'fr' | 'en'): string {
  const text = `${Math.floor(cents / 100)}${locale === 'fr' ? ',' : '.'}${String(cents % 100).padStart(2, '0')}`;
  return text;
}
