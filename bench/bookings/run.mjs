#!/usr/bin/env node
// Bookings benchmark: POST /api/bookings of the real bookings service under (a) a flash sale —
// 1,000 residents booking one 20-seat session at the same instant — and (b) a steady load on
// 200 sessions, with correctness checks on seats and waiting lines, against a baseline measured
// in the same run: bare driver inserts into FerretDB. Starts its own embedded NATS + FerretDB
// (temp data folder, free loopback ports), its own JWKS, and removes everything at the end,
// also on failure or Ctrl-C. Writes bench/results/bookings.json; exits 1 if a check failed.
// Build first: `pnpm run build && node bench/bookings/run.mjs` (or `pnpm run bench:bookings`).
//
// Environment: BENCH_FLASH_CLIENTS (1000), BENCH_FLASH_CAPACITY (20), BENCH_SESSIONS (200),
// BENCH_CAPACITY (5), BENCH_CONNECTIONS (20), BENCH_STEADY_S (30), BENCH_RESIDENTS (60000:
// tokens pre-signed for the steady load; a run that uses them all up says so), BENCH_DRIVER_S
// (5, per driver measurement), BENCH_SETTLE_MS (2000, wait before the final reads), BENCH_WARMUP
// (100 unmeasured bookings before the flash sale), LOG_LEVEL of the service (silent).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbedded, stopEmbedded } from '../../infra/embedded.mjs';
import { startJwks } from './auth.mjs';
import { driverBaseline } from './driver.mjs';
import { flashSale, warmUp } from './flash-sale.mjs';
import { createClient } from './http.mjs';
import { writeReport } from './report.mjs';
import { startService, stopService } from './service.mjs';
import { steadyLoad } from './steady.mjs';
import { openBus } from './sessions.mjs';
import { repoRoot } from './workspace.mjs';

const env = process.env;
const config = {
  flashClients: Number(env.BENCH_FLASH_CLIENTS ?? 1_000),
  flashCapacity: Number(env.BENCH_FLASH_CAPACITY ?? 20),
  sessions: Number(env.BENCH_SESSIONS ?? 200),
  capacity: Number(env.BENCH_CAPACITY ?? 5),
  connections: Number(env.BENCH_CONNECTIONS ?? 20),
  steadyS: Number(env.BENCH_STEADY_S ?? 30),
  residents: Number(env.BENCH_RESIDENTS ?? 60_000),
  driverS: Number(env.BENCH_DRIVER_S ?? 5),
  settleMs: Number(env.BENCH_SETTLE_MS ?? 2_000),
  warmUp: Number(env.BENCH_WARMUP ?? 100),
  logLevel: env.LOG_LEVEL ?? 'silent',
};
const DB_NAME = 'fabrique_bookings_bench';

async function startInfra(cleanup) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-bench-bookings-'));
  const infra = {
    dataDir,
    toolsDir: join(repoRoot, '.tools'),
    natsPort: await freePort(),
    natsMonitorPort: await freePort(),
    mongoPort: await freePort(),
    postgresPort: await freePort(),
  };
  cleanup.push(async () => {
    await stopEmbedded(infra);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return startEmbedded(infra);
}

async function main(cleanup) {
  const started = performance.now();
  const state = await startInfra(cleanup);

  // Before the service exists, so that nothing else writes to FerretDB meanwhile.
  console.log(`driver baseline: ${config.driverS} s sequential, ${config.driverS} s concurrent …`);
  const baseline = await driverBaseline(`${state.mongoUrl}fabrique_bookings_bench_driver`, {
    seconds: config.driverS,
    concurrency: config.connections,
  });

  const jwks = await startJwks();
  cleanup.unshift(() => jwks.close());
  const bus = await openBus(state.natsUrl);
  cleanup.unshift(() => bus.close());
  const port = await freePort();
  const serviceStarted = performance.now();
  const service = await startService({
    port,
    mongoUrl: `${state.mongoUrl}${DB_NAME}`,
    natsUrl: state.natsUrl,
    jwksUrl: jwks.url,
    logLevel: config.logLevel,
  });
  const serviceReadyMs = Math.round(performance.now() - serviceStarted);
  cleanup.unshift(() => stopService(service));
  // As many sockets as flash-sale clients: each of them is its own connection, as in real life.
  const client = createClient(`http://127.0.0.1:${port}`, config.flashClients);
  cleanup.unshift(() => client.close());
  const tools = { client, bus, jwks };

  const warmUpStatus = await warmUp(tools, config.warmUp);
  console.log(`flash sale: ${config.flashClients} clients, ${config.flashCapacity} seats …`);
  const flash = await flashSale(tools, {
    capacity: config.flashCapacity,
    clients: config.flashClients,
    settleMs: config.settleMs,
  });
  console.log(
    `steady load: ${config.connections} clients, ${config.sessions} sessions, ${config.steadyS} s …`,
  );
  const steady = await steadyLoad(tools, {
    sessions: config.sessions,
    capacity: config.capacity,
    connections: config.connections,
    durationS: config.steadyS,
    residents: config.residents,
    settleMs: config.settleMs,
  });
  const runSeconds = Math.round((performance.now() - started) / 1000);
  const ok = writeReport({
    config,
    serviceReadyMs,
    warmUpStatus,
    baseline,
    flash,
    steady,
    runSeconds,
  });
  if (!ok) process.exitCode = 1;
}

/** Undo steps, latest first; run once, also on Ctrl-C (the embedded servers are detached). */
const cleanup = [];
async function runCleanup() {
  for (const step of cleanup.splice(0)) {
    try {
      await step();
    } catch (error) {
      console.error('cleanup:', error.message);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    runCleanup().finally(() => process.exit(130));
  });

try {
  await main(cleanup);
} catch (error) {
  process.exitCode = 1;
  console.error(error);
} finally {
  await runCleanup();
}
