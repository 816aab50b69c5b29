// The services as processes (their builds), each on its own database: started, timed to ready,
// measured (RSS from /proc), stopped.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../catalogue/workspace.mjs';

export const MEASURED = ['workshops', 'bookings', 'funds'];
const READY_TIMEOUT_MS = 300_000;

/** Resident set size of a process, in MiB. */
export function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 102.4) / 10;
}

async function isReady(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
  } catch {
    return false; // not listening yet
  }
}

/** Starts one service; resolves with the process and how long it took to be ready. */
export async function startService(name, { port, mongoUrl, natsUrl, jwksUrl }) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(repoRoot, 'services', name, 'dist/main.js')], {
    cwd: join(repoRoot, 'services', name),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGO_URL: mongoUrl,
      NATS_URL: natsUrl,
      JWKS_URL: jwksUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await isReady(port))) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error(`${name} not ready after ${READY_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { name, port, child, readyMs: Math.round(performance.now() - started) };
}

export async function stopService(service) {
  if (service.child.exitCode !== null) return;
  const gone = new Promise((resolve) => service.child.once('exit', resolve));
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}
