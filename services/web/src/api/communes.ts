/** The network's member communes (services/accounts/src/http/commune.routes.ts). */
import type { CommuneResponse } from '@fabrique/contracts';
import { useQuery } from '@tanstack/preact-query';
import { communeName } from '../format/index.js';
import { apiAll } from './client.js';

export type Commune = CommuneResponse;

/**
 * The one cache entry for the list, whichever page asks: creating a commune invalidates it, so
 * the new one shows everywhere. It always holds `Commune[]` (one key, one shape).
 */
export const COMMUNES_KEY = ['communes'] as const;

export const fetchCommunes = () => apiAll<Commune>('/api/communes');

// Coordinators rarely add a commune, and doing so invalidates the list at once.
const COMMUNES_STALE_MS = 10 * 60_000;

export const useCommunes = () =>
  useQuery({ queryKey: COMMUNES_KEY, queryFn: fetchCommunes, staleTime: COMMUNES_STALE_MS });

/** A commune's name as the list gives it, or one made readable from its id meanwhile. */
export function useCommuneName(): (id: string) => string {
  const communes = useCommunes();
  return (id) => communes.data?.find((c) => c.id === id)?.name ?? communeName(id);
}
