import { communeAddedV1, communeArchivedV1, type Envelope } from '@fabrique/contracts';
import { SOURCE } from './account.js';

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

/** A decision about a commune: its new state and the events to write with it. */
export interface CommuneChange {
  commune: Commune;
  events: Envelope[];
}

/** The `commune.added` event: written with a new commune, or later for one stored without it. */
export function announcement(
  commune: Pick<Commune, 'id' | 'name' | 'postalCode'>,
  now: Date,
): Envelope[] {
  const { id, name, postalCode } = commune;
  return [
    communeAddedV1.create(
      { subject: id, source: SOURCE },
      { communeId: id, name, postalCode },
      now,
    ),
  ];
}

/** A member commune joins the list; its id is its name folded to a slug. */
export function createCommune(
  input: Pick<Commune, 'name' | 'postalCode'>,
  now: Date,
): CommuneChange {
  const commune: Commune = { id: communeIdOf(input.name), ...input, archivedAt: null };
  return { commune, events: announcement(commune, now) };
}

/** Archiving once: a commune already archived stays as it is, with no new event. */
export function archiveCommune(commune: Commune, by: string, now: Date): CommuneChange {
  if (commune.archivedAt) return { commune, events: [] };
  const event = communeArchivedV1.create(
    { subject: commune.id, source: SOURCE },
    { communeId: commune.id, archivedBy: by, archivedAt: now.toISOString() },
    now,
  );
  return { commune: { ...commune, archivedAt: now }, events: [event] };
}
