import { sweepIdempotencyKeys, type Logger } from '@fabrique/service-kit';
import { releaseOrphanClaims } from './store/slot-claim.store.js';
import type { WorkshopsDeps } from './use-cases/deps.js';

/** Periodic clean-ups (FerretDB has no TTL indexes): orphan slot claims, old idempotency keys. */
export function startSweeps(deps: WorkshopsDeps, logger: Logger): () => void {
  const timer = setInterval(() => {
    const now = deps.now().getTime();
    // Ended sessions leave the live catalogue (views/catalogue-index.ts).
    deps.catalogue?.dropEnded(deps.now());
    Promise.all([
      releaseOrphanClaims(deps.models, new Date(now - 10 * 60_000)),
      sweepIdempotencyKeys(deps.models.idempotency, new Date(now - 24 * 3_600_000)),
    ]).catch((error: unknown) => logger.warn({ err: error }, 'sweep failed'));
  }, 5 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
