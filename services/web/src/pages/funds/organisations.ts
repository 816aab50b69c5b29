import { useQuery, type UseQueryResult } from '@tanstack/preact-query';
import { useSession } from '../../api/session.js';
import { fetchOrganisations, keys, type Organisation } from './api.js';

/**
 * The organisations I act for (my session's `orgs`), named from the directory; all of them for
 * a coordinator. No request at all for someone who acts for none.
 */
export function useMyOrganisations(all: boolean): UseQueryResult<Organisation[]> {
  const session = useSession();
  const mine = session?.organisations ?? [];
  const needed = all || mine.length > 0;
  return useQuery({
    queryKey: [...keys.organisations, all ? 'all' : mine.join(',')],
    queryFn: async () => {
      if (!needed) return [];
      const list = await fetchOrganisations();
      const kept = all ? list : list.filter((o) => mine.includes(o.id));
      return kept.sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}
