import { useQuery } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { useSession } from '../../api/session.js';
import { fetchRound, keys } from './api.js';
import { nextChange } from './phase.js';

/** Longest wait a browser timer takes reliably (about 24 days); further changes wait a reload. */
const MAX_TIMER = 2_000_000_000;

/**
 * A round as the signed-in person sees it, fetched again when its phase changes, so a page
 * left open shows the ballot when voting starts and the results once it ends.
 */
export function useRound(id: string) {
  const session = useSession();
  const query = useQuery({
    queryKey: keys.round(id, session?.accountId ?? null),
    queryFn: () => fetchRound(id),
  });
  const { data, refetch } = query;
  useEffect(() => {
    if (!data) return;
    const at = nextChange(data, Date.now());
    if (at === null || at - Date.now() > MAX_TIMER) return;
    // One second late: the server decides the phase with its own clock.
    const timer = setTimeout(() => void refetch(), at - Date.now() + 1_000);
    return () => clearTimeout(timer);
  }, [data, refetch]);
  return query;
}

/** Who may take part: signed in and living in one of the round's communes. */
export function useParticipation(communes: string[]): 'signed-out' | 'not-eligible' | 'eligible' {
  const session = useSession();
  if (!session) return 'signed-out';
  return session.commune !== null && communes.includes(session.commune)
    ? 'eligible'
    : 'not-eligible';
}
