import { parseEuros } from '../../format/money.js';

/** A payment or an expense: an amount in euros above zero, as cents, or null. */
export function parsePositiveEuros(text: string): number | null {
  const cents = parseEuros(text);
  return cents !== null && cents > 0 ? cents : null;
}
