import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOCK_REFRESH_MS } from '@fabrique/service-kit';

/**
 * The test network's clock: every service reads its offset from one file (CLOCK_OFFSET_FILE,
 * service-kit's clock.ts), so a journey moves the whole network past a session's start or a
 * vote's end instead of waiting minutes for it.
 */
export class NetworkClock {
  readonly file = join(mkdtempSync(join(tmpdir(), 'fabrique-clock-')), 'offset-ms');
  private offsetMs = 0;

  /** The network's time now. */
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the network to `at` (if it is not there yet); resolves once every service has. */
  async moveTo(at: Date): Promise<void> {
    const ahead = at.getTime() - this.now().getTime();
    if (ahead <= 0) return;
    this.offsetMs += ahead;
    writeFileSync(this.file, String(this.offsetMs));
    await new Promise((resolve) => setTimeout(resolve, CLOCK_REFRESH_MS * 2 + 50));
  }
}
