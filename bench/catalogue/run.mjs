#!/usr/bin/env node
// Catalogue search benchmark: GET /api/sessions of the real workshops service over 10,000
// sessions seeded through the store, against baselines measured in the same run — the same
// filters as bare mongoose find().sort().limit(20) calls on FerretDB, with and without the
// secondary indexes of the sessions collection. Starts its own embedded NATS + FerretDB (temp
// data folder, free loopback ports) and removes them at the end, also on failure or Ctrl-C.
// Writes bench/results/catalogue.json. Build first: `pnpm run build && node bench/catalogue/run.mjs`.
//
// Environment: BENCH_SESSIONS (10000), BENCH_WORKSHOPS (200), BENCH_SEED (42);
// HTTP: BENCH_CONNECTIONS (10), BENCH_DURATION_S (10), BENCH_WARMUP_S (2),
// BENCH_ONE_CONNECTION_S (3: a second run at one connection, the latency to compare with the
// sequential driver); driver: BENCH_DRIVER_OPS (4 sequential calls per measurement: each takes
// seconds on FerretDB), BENCH_MAX_CELL_S (30, cap per driver measurement); LOG_LEVEL of the
// service (silent); BENCH_OUTBOX_RELAY (true: the service runs as shipped; false sets
// OUTBOX_RELAY_ENABLED=false, so that the relay's safety-net scan of the sessions, a full scan
// on FerretDB, cannot land inside a measurement — its cost is measured on its own anyway).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbedded, stopEmbedded } from '../../infra/embedded.mjs';
import { measureAll } from './measure.mjs';
import { writeReport } from './report.mjs';
import { seedCatalogue } from './seed.mjs';
import { startService, stopService } from './service.mjs';
import { importFromWorkshops, importWorkshopsBuild, repoRoot } from './workspace.mjs';

const env = process.env;
const config = {
  sessions: Number(env.BENCH_SESSIONS ?? 10_000),
  workshops: Number(env.BENCH_WORKSHOPS ?? 200),
  fullShare: 0.1,
  connections: Number(env.BENCH_CONNECTIONS ?? 10),
  durationS: Number(env.BENCH_DURATION_S ?? 10),
  warmupS: Number(env.BENCH_WARMUP_S ?? 2),
  oneConnectionS: Number(env.BENCH_ONE_CONNECTION_S ?? 3),
  requestTimeoutS: 60,
  driverOps: Number(env.BENCH_DRIVER_OPS ?? 4),
  maxCellS: Number(env.BENCH_MAX_CELL_S ?? 30),
  seed: Number(env.BENCH_SEED ?? 42),
  logLevel: env.LOG_LEVEL ?? 'silent',
  outboxRelay: env.BENCH_OUTBOX_RELAY !== 'false',
};
const DB_NAME = 'fabrique_workshops_bench';
const DAY_MS = 86_400_000;

const { connectMongo, syncAllIndexes } = await importFromWorkshops('@fabrique/service-kit');
const { workshopsModels } = await importWorkshopsBuild('store/models.js');

/** The three typical searches of a resident; `from` is fixed once for the whole run. */
function catalogueQueries(now) {
  const from = now.toISOString();
  const to = new Date(now.getTime() + 30 * DAY_MS).toISOString();
  return [
    {
      name: 'communeKindNext30Days',
      params: { commune: 'vassieux-en-vercors', kind: 'repair', from, to },
    },
    { name: 'freeText', params: { q: 'reparation velo' } },
    { name: 'seatsLeft', params: { available: 'true', commune: 'saint-martin-en-vercors' } },
  ];
}

async function main(cleanup) {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-bench-catalogue-'));
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
  const state = await startEmbedded(infra);
  const mongoUrl = `${state.mongoUrl}${DB_NAME}`;
  const connection = await connectMongo(mongoUrl);
  cleanup.unshift(() => connection.close());
  const models = workshopsModels(connection);

  const syncStarted = performance.now();
  await syncAllIndexes(models);
  const syncIndexesMs = Math.round(performance.now() - syncStarted);
  const now = new Date();
  console.log(`seeding ${config.sessions} sessions over ${config.workshops} workshops …`);
  const seeding = await seedCatalogue(models, { ...config, now });
  console.log(`seeded in ${seeding.timingsMs.build + seeding.timingsMs.write} ms`);

  const port = await freePort();
  const serviceStarted = performance.now();
  const service = await startService({ port, mongoUrl, natsUrl: state.natsUrl, ...config });
  const serviceReadyMs = Math.round(performance.now() - serviceStarted);
  cleanup.unshift(() => stopService(service));
  const baseUrl = `http://127.0.0.1:${port}`;
  const { sampleSessionIds, ...seeded } = seeding;
  const queries = catalogueQueries(now);
  const measured = await measureAll(config, models, baseUrl, { queries, sampleSessionIds });
  writeReport({
    config,
    seeding: { ...seeded, syncIndexesMs },
    serviceReadyMs,
    measured,
    runSeconds: Math.round((performance.now() - started) / 1000),
  });
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
