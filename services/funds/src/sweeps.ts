import { sweepIdempotencyKeys, type Logger } from '@fabrique/service-kit';
import type { FundsDeps } from './use-cases/deps.js';

/** Periodic clean-up (FerretDB has no TTL indexes): idempotency keys older than a day. */
export function startSweeps(deps: FundsDeps, logger: Logger): () => void {
  const timer = setInterval(() => {
    const before = new Date(deps.now().getTime() - 24 * 3_600_000);
    sweepIdempotencyKeys(deps.models.idempotency, before).catch((error: unknown) =>
      logger.warn({ err: error }, 'sweep failed'),
    );
  }, 30 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
