// The real workshops service (services/workshops/dist/main.js) as a child process, and the
// autocannon measurement of its public catalogue route.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { workshopsDir } from './workspace.mjs';

const READY_TIMEOUT_MS = 30_000;

/** Starts the service and resolves once its /readyz answers 200 (Mongo and NATS reachable). */
export async function startService({ port, mongoUrl, natsUrl, logLevel, outboxRelay }) {
  const child = spawn(process.execPath, [join(workshopsDir, 'dist/main.js')], {
    cwd: workshopsDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGO_URL: mongoUrl,
      NATS_URL: natsUrl,
      LOG_LEVEL: logLevel,
      OUTBOX_RELAY_ENABLED: String(outboxRelay),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`workshops service exited (${code})`))),
  );
  exited.catch(() => {}); // observed through the race below, and later through child.exitCode
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await Promise.race([isReady(port), exited]);
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`workshops service not ready after ${READY_TIMEOUT_MS} ms`);
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

/**
 * autocannon for `durationS` seconds, then one more request outside the figures: requests cut
 * off at the end are still being answered (on the database path, each keeps FerretDB busy for
 * seconds), and this one returns only once the service has worked through them.
 */
export async function measureHttp(url, { connections, durationS, timeoutS }) {
  const started = performance.now();
  const result = await autocannon({ url, connections, duration: durationS, timeout: timeoutS });
  const elapsedS = (performance.now() - started) / 1000;
  await fetchPage(url);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  const total = result.requests.total;
  return {
    connections,
    durationS,
    requests: total,
    requestsPerSecond: round(total / elapsedS),
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      mean: result.latency.average,
      max: result.latency.max,
    },
  };
}

/** One request outside the measurement, for the correctness checks. */
export async function fetchPage(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

const round = (value) => Math.round(value * 100) / 100;
