// Resolves what the bench needs as the bookings service sees it (pnpm does not hoist
// dependencies to the repository root), from the builds: run `pnpm run build` first.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bookingsDir = join(repoRoot, 'services/bookings');

const fromBookings = createRequire(join(bookingsDir, 'package.json'));

/** `import(name)` as resolved from services/bookings, e.g. `jose` or `mongoose`. */
export function importFromBookings(name) {
  return import(pathToFileURL(fromBookings.resolve(name)).href);
}

/** The build of a workspace package, e.g. `bus` → packages/bus/dist/index.js. */
export function importPackage(name) {
  return import(pathToFileURL(join(repoRoot, 'packages', name, 'dist/index.js')).href);
}
