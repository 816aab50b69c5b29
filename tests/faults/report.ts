import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
