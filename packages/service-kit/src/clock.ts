import { readFileSync } from 'node:fs';

/** How often a moved clock re-reads its offset file: a test waits twice this after moving it. */
export const CLOCK_REFRESH_MS = 200;

export class ClockConfigError extends Error {
  override readonly name = 'ClockConfigError';
}

function offsetIn(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return 0; // Not written yet: the clock has not been moved.
  }
  const offset = Number(text);
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw new ClockConfigError(`${file} must hold a whole, non-negative number of ms`);
  return offset;
}

/**
 * The time the service decides by (booking cut-offs, session starts, round phases, link
 * expiry). In production it is the system's. A test network may set `CLOCK_OFFSET_FILE`: its
 * services then run that many milliseconds ahead, so a test moves the network past a session's
 * start or a vote's end instead of waiting for it. The clock only moves forward, and never
 * where `NODE_ENV` is `production`.
 */
export function serviceClock(
  offsetFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): () => Date {
  if (!offsetFile) return () => new Date();
  if (env.NODE_ENV === 'production')
    throw new ClockConfigError('CLOCK_OFFSET_FILE is for test networks, not production');
  let offset = offsetIn(offsetFile);
  let readAt = Date.now();
  return () => {
    const now = Date.now();
    if (now - readAt >= CLOCK_REFRESH_MS) {
      offset = Math.max(offset, offsetIn(offsetFile));
      readAt = now;
    }
    return new Date(now + offset);
  };
}
