// Shared steps of `npm start` and `npm test`. Zero dependencies: these run on a fresh clone
// before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.8';
const localPnpm = join(repoRoot, '.tools/pnpm/node_modules/.bin/pnpm');

export function step(title) {
  console.log(`\n▶ ${title}`);
}

/** Runs a command in the foreground; throws with the command line when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`,
    );
  }
}

function pnpmWorks(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().startsWith('10.');
}

/** The pnpm to use: one on the PATH if it is 10.x, else a pinned copy installed with npm. */
export function ensurePnpm() {
  if (pnpmWorks('pnpm')) return 'pnpm';
  if (!existsSync(localPnpm) || !pnpmWorks(localPnpm)) {
    step(`installing pnpm ${PNPM_VERSION} into .tools/pnpm`);
    run('npm', [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      join(repoRoot, '.tools/pnpm'),
      `pnpm@${PNPM_VERSION}`,
    ]);
  }
  return localPnpm;
}

/** Installs dependencies exactly as the lockfile says, then the Go-built infra binaries. */
export function installEverything(pnpm) {
  step('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile']);
  step('building the embedded NATS and the FerretDB launcher (infra/build-tools.sh)');
  run('bash', [join(repoRoot, 'infra/build-tools.sh')]);
}

export function buildWorkspace(pnpm) {
  step('building the TypeScript packages and services');
  run(pnpm, ['-r', '--workspace-concurrency=1', 'run', 'build']);
}

/** Whether dependencies are installed and every package, service and the web app are built. */
export function isBuilt() {
  if (!existsSync(join(repoRoot, 'node_modules'))) return false;
  const built = (dir, file) => existsSync(join(repoRoot, dir, file));
  const folders = (parent) =>
    readdirSync(join(repoRoot, parent)).filter((name) =>
      existsSync(join(repoRoot, parent, name, 'package.json')),
    );
  return (
    folders('packages').every((name) => built(`packages/${name}`, 'dist')) &&
    folders('services').every((name) =>
      built(`services/${name}`, name === 'web' ? 'dist/index.html' : 'dist/main.js'),
    )
  );
}

/** Polls a readiness URL until it answers 200; throws with its last answer after the deadline. */
export async function waitUntilReady(url, signal, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      last = `${response.status} ${await response.text()}`;
      if (response.ok) return;
    } catch (error) {
      // Not listening yet: try again shortly.
      last = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s: ${last}`);
}
