// Resolves workspace packages as the workshops service sees them (pnpm does not hoist them to
// the repository root), from their builds: run `pnpm run build` first.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const workshopsDir = join(repoRoot, 'services/workshops');

const fromWorkshops = createRequire(join(workshopsDir, 'package.json'));

/** `import(name)` as resolved from services/workshops (its dependencies and workspace links). */
export function importFromWorkshops(name) {
  return import(pathToFileURL(fromWorkshops.resolve(name)).href);
}

/** A module of the workshops build, e.g. `store/models.js`. */
export function importWorkshopsBuild(file) {
  return import(pathToFileURL(join(workshopsDir, 'dist', file)).href);
}
