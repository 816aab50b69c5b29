/** The lists every catalogue page names things from: kinds, communes, venues (change rarely). */
import { useQuery } from '@tanstack/preact-query';
import { useCommuneName } from '../../api/communes.js';
import { useMessages } from '../../i18n/locale.js';
import { catalogueKeys, fetchKinds, fetchVenues } from './api.js';

const RARELY = 10 * 60_000;

export const useKinds = () =>
  useQuery({ queryKey: catalogueKeys.kinds, queryFn: fetchKinds, staleTime: RARELY });
/** One request for every venue's name, rather than one per card. */
export const useVenues = () =>
  useQuery({ queryKey: catalogueKeys.venues, queryFn: fetchVenues, staleTime: RARELY });

/** Names for ids, in the current language, falling back to something readable. */
export function useNames() {
  const t = useMessages().catalogue;
  const kinds = useKinds().data?.items;
  const commune = useCommuneName();
  const venues = useVenues().data?.items;
  return {
    kind: (id: string) => t.kinds[id] ?? kinds?.find((k) => k.id === id)?.label ?? id,
    commune,
    venue: (id: string) => venues?.find((v) => v.id === id)?.name,
  };
}
