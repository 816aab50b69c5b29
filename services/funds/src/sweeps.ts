import type { SweepTask } from '@fabrique/service-kit';
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

/** Round phases and results every 30 s (idempotency keys: service-kit's startServiceSweeper). */
export function sweepTasks(deps: FundsDeps): SweepTask[] {
  return [{ name: 'rounds', everyMs: ROUND_TICK_MS, run: () => advanceRounds(deps) }];
}
