import type { Venue, VenueInput } from './api.js';

/** The venue form as typed: numbers and lists stay text until sent. */
export interface VenueDraft {
  name: string;
  address: string;
  commune: string;
  maxCapacity: string;
  accessibility: string;
  /** One item per line. */
  equipment: string;
}

export type VenueField = keyof VenueDraft;

export const EMPTY_VENUE: VenueDraft = {
  name: '',
  address: '',
  commune: '',
  maxCapacity: '',
  accessibility: '',
  equipment: '',
};

export const draftOf = (venue: Venue): VenueDraft => ({
  name: venue.name,
  address: venue.address,
  commune: venue.commune,
  maxCapacity: String(venue.maxCapacity),
  accessibility: venue.accessibility,
  equipment: venue.equipment.join('\n'),
});

const equipmentOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** The fields the workshops service would refuse (same bounds as its venueBody schema). */
export function venueProblems(draft: VenueDraft): Set<VenueField> {
  const problems = new Set<VenueField>();
  const capacity = Number(draft.maxCapacity.trim());
  const equipment = equipmentOf(draft.equipment);
  if (draft.name.trim().length < 2) problems.add('name');
  if (draft.address.trim().length < 3) problems.add('address');
  if (!draft.commune) problems.add('commune');
  if (!/^\d+$/.test(draft.maxCapacity.trim()) || capacity < 1 || capacity > 500)
    problems.add('maxCapacity');
  if (draft.accessibility.trim().length > 1000) problems.add('accessibility');
  if (equipment.length > 30 || equipment.some((item) => item.length > 60))
    problems.add('equipment');
  return problems;
}

export const venueInputOf = (draft: VenueDraft): VenueInput => ({
  name: draft.name.trim(),
  address: draft.address.trim(),
  commune: draft.commune,
  maxCapacity: Number(draft.maxCapacity.trim()),
  accessibility: draft.accessibility.trim(),
  equipment: equipmentOf(draft.equipment),
});

/** Only what the coordinator changed: a PATCH that leaves the rest as it is on the server. */
export function changedFields(venue: Venue, input: VenueInput): Partial<VenueInput> {
  return Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(venue[key as keyof VenueInput]),
    ),
  );
}
