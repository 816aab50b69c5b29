// Resolves what the store benchmark needs from the infra package (pnpm does not hoist
// dependencies to the repository root).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const fromInfra = createRequire(join(repoRoot, 'infra/package.json'));

/** `import(name)` as resolved from infra/, e.g. `mongodb`. */
export function importFromInfra(name) {
  return import(pathToFileURL(fromInfra.resolve(name)).href);
}
