import type { SweepTask } from '@fabrique/service-kit';
import { releaseOrphanClaims } from './store/slot-claim.store.js';
import type { WorkshopsDeps } from './use-cases/deps.js';

const EVERY_MS = 5 * 60_000;

/** Every 5 min: the live catalogue's ended sessions, orphan slot claims. */
export function sweepTasks(deps: WorkshopsDeps): SweepTask[] {
  const ago = (ms: number) => new Date(deps.now().getTime() - ms);
  return [
    // Ended sessions leave the live catalogue (views/catalogue-index.ts).
    { name: 'ended sessions', everyMs: EVERY_MS, run: () => deps.catalogue?.dropEnded(deps.now()) },
    // FerretDB has no TTL indexes: these remove what one would.
    {
      name: 'orphan slot claims',
      everyMs: EVERY_MS,
      run: () => releaseOrphanClaims(deps.models, ago(10 * 60_000)),
    },
  ];
}
