import { sweepIdempotencyKeys, type Logger } from '@fabrique/service-kit';
import { phaseAt } from './domain/round.js';
import type { FundsDeps } from './use-cases/deps.js';
import { publishResults } from './use-cases/results.js';
import { listRounds, markPhase } from './use-cases/rounds.js';

const ROUND_TICK_MS = 30_000;

/**
 * Rounds move by the clock: each replica looks every 30 s, and whatever is due happens once
 * (the phase mark and the results are inserts keyed by the round).
 */
export async function advanceRounds(deps: FundsDeps): Promise<void> {
  for (const round of await listRounds(deps)) {
    await markPhase(deps, round);
    const phase = phaseAt(round, deps.now());
    if (phase === 'results' || phase === 'closed') await publishResults(deps, round);
  }
}

/** Periodic work (FerretDB has no TTL indexes): round phases and results, old idempotency keys. */
export function startSweeps(deps: FundsDeps, logger: Logger): () => void {
  let ticks = 0;
  const timer = setInterval(() => {
    ticks += 1;
    const work: Promise<unknown>[] = [advanceRounds(deps)];
    if (ticks % 60 === 0)
      work.push(
        sweepIdempotencyKeys(
          deps.models.idempotency,
          new Date(deps.now().getTime() - 24 * 3_600_000),
        ),
      );
    Promise.all(work).catch((error: unknown) => logger.warn({ err: error }, 'sweep failed'));
  }, ROUND_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
