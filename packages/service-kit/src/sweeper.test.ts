import { Writable } from 'node:stream';
import { createLogger } from './logger.js';
import { startSweeper, type Sweeper } from './sweeper.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a condition (timers run late on a loaded machine), failing after 5 s. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await pause(5);
  }
}

/** A logger whose lines the test reads back. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('sweeper-test', 'info', destination), lines };
}

describe('startSweeper', () => {
  let sweeper: Sweeper | undefined;
  afterEach(async () => {
    await sweeper?.stop();
    sweeper = undefined;
  });

  it('logs a failing task by name and keeps running the others', async () => {
    const { logger, lines } = capturedLogger();
    let healthyRuns = 0;
    sweeper = startSweeper(
      [
        {
          name: 'broken',
          everyMs: 10,
          run: () => Promise.reject(new Error('database gone')),
        },
        { name: 'healthy', everyMs: 10, run: () => (healthyRuns += 1) },
      ],
      logger,
    );
    const failures = () => lines.filter((line) => line.msg === 'sweep failed');
    await until(() => healthyRuns >= 3 && failures().length >= 2);
    await sweeper.stop();
    expect(failures().every((line) => line.task === 'broken')).toBe(true);
    expect((failures()[0]?.err as { message: string }).message).toBe('database gone');
  });

  it('skips a tick while the previous run of the same task is still going', async () => {
    const { logger } = capturedLogger();
    let running = 0;
    let mostAtOnce = 0;
    let runs = 0;
    sweeper = startSweeper(
      [
        {
          name: 'slow',
          everyMs: 5,
          run: async () => {
            running += 1;
            runs += 1;
            mostAtOnce = Math.max(mostAtOnce, running);
            await pause(40);
            running -= 1;
          },
        },
      ],
      logger,
    );
    // Ticks come every 5 ms and a run takes 40: without the skip, runs would pile up.
    await until(() => runs >= 3);
    expect(mostAtOnce).toBe(1);
  });

  it('runs a task at start only when asked', async () => {
    const { logger } = capturedLogger();
    const ran: string[] = [];
    sweeper = startSweeper(
      [
        { name: 'eager', everyMs: 60_000, atStart: true, run: () => ran.push('eager') },
        { name: 'patient', everyMs: 60_000, run: () => ran.push('patient') },
      ],
      logger,
    );
    await pause(10);
    expect(ran).toEqual(['eager']);
  });

  it('stop clears the timers and waits for the run in progress', async () => {
    const { logger } = capturedLogger();
    let runs = 0;
    let finished = false;
    sweeper = startSweeper(
      [
        {
          name: 'long',
          everyMs: 10,
          run: async () => {
            runs += 1;
            await pause(60);
            finished = true;
          },
        },
      ],
      logger,
    );
    await until(() => runs === 1);
    await sweeper.stop();
    expect(finished).toBe(true);
    await pause(40);
    expect(runs).toBe(1);
  });
});
