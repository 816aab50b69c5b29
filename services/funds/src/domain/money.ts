/**
 * Splits `totalCents` into parts proportional to `weights`, exact to the cent: each part is
 * rounded down, then the cents left over go one each to the parts with the largest
 * remainders (ties: the earlier key in sorted order). So equal thirds of 100,00 € are
 * 33,34 + 33,33 + 33,33, always summing to the total.
 */
export function splitByWeight(
  totalCents: number,
  weights: Map<string, number>,
): Map<string, number> {
  const keys = [...weights.keys()].sort();
  const sum = keys.reduce((acc, k) => acc + BigInt(weights.get(k) ?? 0), 0n);
  if (sum <= 0n) return new Map(keys.map((k) => [k, 0]));
  // Integer arithmetic: remainders compare exactly, whatever the amounts.
  const total = BigInt(totalCents);
  const shares = keys.map((key) => {
    const scaled = total * BigInt(weights.get(key) ?? 0);
    return { key, part: scaled / sum, rest: scaled % sum };
  });
  let left = total - shares.reduce((acc, s) => acc + s.part, 0n);
  const byRest = [...shares].sort((a, b) =>
    b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.key < b.key ? -1 : 1,
  );
  for (const share of byRest) {
    if (left <= 0n) break;
    share.part += 1n;
    left -= 1n;
  }
  return new Map(shares.map((s) => [s.key, Number(s.part)]));
}

/** Equal parts, exact to the cent (see `splitByWeight`). */
export function splitEvenly(totalCents: number, keys: string[]): Map<string, number> {
  return splitByWeight(totalCents, new Map(keys.map((k) => [k, 1])));
}

/** A ratio as a number with 4 decimals (0.3333), for shares shown to people. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

const frenchEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** 1250 → "12,50 €" (cents in code, euros for people), as a French treasurer reads it. */
export const euros = (cents: number): string => frenchEuros.format(cents / 100);
