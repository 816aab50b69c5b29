import { useEffect, useState } from 'preact/hooks';

// setTimeout fires at once for delays beyond ~24.8 days: further instants are not waited for.
const LONGEST_WAIT_MS = 2 ** 31 - 1;

/**
 * The time now, refreshed as the clock passes each of `instants` (ms since the epoch): what
 * depends on them (attendance opening, the start of the session) appears without a reload.
 */
export function useClockPassing(instants: number[]): number {
  const [now, setNow] = useState(() => Date.now());
  const next = instants.filter((at) => at > now).sort((a, b) => a - b)[0];
  useEffect(() => {
    if (next === undefined) return;
    const delay = Math.max(0, next - Date.now()) + 200;
    if (delay > LONGEST_WAIT_MS) return;
    const timer = setTimeout(() => setNow(Date.now()), delay);
    return () => clearTimeout(timer);
  }, [next]);
  return now;
}
