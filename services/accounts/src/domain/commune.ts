/** A commune's id is its name folded to a slug: "Saint-Jean-en-Royans" → "saint-jean-en-royans". */
export function communeIdOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Commune {
  id: string;
  name: string;
  postalCode: string;
  /** Retired by a coordinator: nobody new lives, meets or pays in its name; its history stays. */
  archivedAt: Date | null;
}

/** The six member communes of the reference network (DESIGN.md), seeded at start-up. */
export const SEED_COMMUNES: Commune[] = [
  { name: 'Saint-Jean-en-Royans', postalCode: '26190' },
  { name: 'Saint-Laurent-en-Royans', postalCode: '26190' },
  { name: 'Sainte-Eulalie-en-Royans', postalCode: '26190' },
  { name: 'La Chapelle-en-Vercors', postalCode: '26420' },
  { name: 'Vassieux-en-Vercors', postalCode: '26420' },
  { name: 'Saint-Martin-en-Vercors', postalCode: '26420' },
].map((c) => ({ ...c, id: communeIdOf(c.name), archivedAt: null }));
