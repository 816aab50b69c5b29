// The real bookings service (services/bookings/dist/main.js) as a child process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bookingsDir } from './workspace.mjs';

const READY_TIMEOUT_MS = 30_000;

/** Starts the service and resolves once its /readyz answers 200 (Mongo and NATS reachable). */
export async function startService({ port, mongoUrl, natsUrl, jwksUrl, logLevel }) {
  const child = spawn(
    process.execPath,
    // BENCH_SERVICE_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile the service.
    [
      ...(process.env.BENCH_SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--enable-source-maps',
      join(bookingsDir, 'dist/main.js'),
    ],
    {
      cwd: bookingsDir,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        MONGO_URL: mongoUrl,
        NATS_URL: natsUrl,
        JWKS_URL: jwksUrl,
        LOG_LEVEL: logLevel,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`bookings service exited (${code})`))),
  );
  exited.catch(() => {}); // observed through the race below, and later through child.exitCode
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await Promise.race([isReady(port), exited])) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`bookings service not ready after ${READY_TIMEOUT_MS} ms`);
}

async function isReady(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
  } catch (error) {
    if (error.cause?.code === 'ECONNREFUSED') return false; // not listening yet
    throw error;
  }
}

/** Stops the service (SIGTERM, its graceful shutdown; SIGKILL after `graceMs`). */
export async function stopService(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}
