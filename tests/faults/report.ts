import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eventually } from '@fabrique/testkit';

const FILE = join(import.meta.dirname, '../../test-output/faults.json');

/** Adds one fault's measured times to test-output/faults.json (one key per fault). */
export function recordFault(name: string, measured: Record<string, unknown>): void {
  const all = existsSync(FILE)
    ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>)
    : {};
  all[name] = { at: new Date().toISOString(), ...measured };
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
}

/**
 * How long until `probe` answers something `accept`s (ms), for the report: testkit's
 * `eventually`, timed; it fails with the last answer after `limitMs`.
 */
export async function msUntil<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  limitMs = 30_000,
): Promise<number> {
  const started = Date.now();
  await eventually(probe, accept, limitMs);
  return Date.now() - started;
}
