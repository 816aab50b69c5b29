import { useQuery } from '@tanstack/preact-query';
import { useMessages } from '../../i18n/locale.js';
import { fetchKinds, fetchVenues, KEYS } from './api.js';

// Lists a coordinator rarely changes: asked again after a few minutes at most.
const REFERENCE_STALE_MS = 5 * 60_000;

export const useKinds = () =>
  useQuery({ queryKey: KEYS.kinds, queryFn: fetchKinds, staleTime: REFERENCE_STALE_MS });

export const useVenues = () =>
  useQuery({ queryKey: KEYS.venues, queryFn: fetchVenues, staleTime: REFERENCE_STALE_MS });

/** The name of a kind of workshop in the current language (the API's label otherwise). */
export function useKindLabel(): (id: string) => string {
  const kinds = useKinds();
  const names = useMessages().host.kindNames;
  return (id) => names[id] ?? kinds.data?.find((kind) => kind.id === id)?.label ?? id;
}

/** A venue's name, when the list of venues knows it. */
export function useVenueName(): (id: string | null) => string | undefined {
  const venues = useVenues();
  return (id) => venues.data?.find((venue) => venue.id === id)?.name;
}
