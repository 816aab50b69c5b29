// Resolves workspace packages as the gateway itself sees them (pnpm does not hoist them to the
// repository root), from their builds: run `pnpm run build` first.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const gatewayDir = join(repoRoot, 'services/gateway');

const fromGateway = createRequire(join(gatewayDir, 'package.json'));

/** `import(name)` as resolved from services/gateway (its dependencies and workspace links). */
export function importFromGateway(name) {
  return import(pathToFileURL(fromGateway.resolve(name)).href);
}

/** A module of the gateway's build, e.g. `app.js`. */
export function importGatewayBuild(file) {
  return import(pathToFileURL(join(gatewayDir, 'dist', file)).href);
}

/** Tells the parent process this child is listening, and on which port. */
export function reportListening(server, extra = {}) {
  server.once('listening', () => process.send?.({ port: server.address().port, ...extra }));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  process.once('disconnect', () => process.exit(0));
}
