import type { Logger } from './logger.js';

/**
 * A clock-driven clean-up (FerretDB has no TTL indexes, so old keys, claims and marks are
 * removed by these) or a move of state by the clock (offers expiring, round phases).
 */
export interface SweepTask {
  /** Names the task in the log line of a failed run. */
  name: string;
  everyMs: number;
  /** Its result is ignored; a returned promise is awaited (`unknown` covers both). */
  run: () => unknown;
  /** Also run once as the sweeper starts, not only after the first `everyMs`. */
  atStart?: boolean;
}

export interface Sweeper {
  /** Clears the timers, then resolves once the runs in progress have finished. */
  stop(): Promise<void>;
}

/**
 * Runs each task on its own timer. A run never overlaps the previous run of the same task (a
 * slow database makes the tick skip, not pile up queries); a failed run is logged and the next
 * tick tries again, the other tasks unaffected. Timers are unref'd: a sweep alone does not
 * keep a process alive.
 */
export function startSweeper(tasks: SweepTask[], logger: Logger): Sweeper {
  const inProgress = new Set<Promise<void>>();
  let stopped = false;
  const timers = tasks.map((task) => {
    let running = false;
    const tick = () => {
      if (running || stopped) return;
      running = true;
      const run = runOnce(task, logger).finally(() => {
        running = false;
        inProgress.delete(run);
      });
      inProgress.add(run);
    };
    const timer = setInterval(tick, task.everyMs);
    timer.unref();
    if (task.atStart) tick();
    return timer;
  });
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(inProgress);
    },
  };
}

async function runOnce(task: SweepTask, logger: Logger): Promise<void> {
  try {
    await task.run();
  } catch (error) {
    logger.warn({ err: error, task: task.name }, 'sweep failed');
  }
}
