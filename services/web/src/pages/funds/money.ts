/**
 * Euros typed by people (« 1 200,50 », « 12.5 », « 30 € ») to integer cents, read from the
 * text itself so that no float rounding can turn 0,29 € into 28 cents.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > 0 ? cents : null;
}
