#!/usr/bin/env node
// History benchmark: does a service's cost grow with the network's past? Two runs on fresh
// embedded infrastructure, with the same live data (upcoming sessions with bookings, this
// period's fund): one with nothing else, one with years of history loaded through the stores
// (a fixture: past sessions, bookings, ledger entries, deliveries). In each: the time from
// spawn to ready of workshops, bookings and funds, their RSS after start and after a mixed
// load, and the p99 of "my bookings", a roster, a ledger page and the catalogue. Writes
// bench/results/history.json with both runs and their ratios. Build first (`pnpm run build`).
//
// Environment: BENCH_UPCOMING (10000 upcoming sessions), BENCH_PAST_SESSIONS (100000),
// BENCH_PAST_BOOKINGS (100000), BENCH_ENTRIES (50000 ledger entries), BENCH_YEARS (10),
// BENCH_RESIDENTS (5000), BENCH_LOAD_S (600: the mixed load), BENCH_LOAD_CONNECTIONS (10),
// BENCH_SAMPLES (200 per probe), BENCH_CATALOGUE_S (10), LOG_LEVEL of the services (silent).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbedded, stopEmbedded } from '../../infra/embedded.mjs';
import { createClient } from '../bookings/http.mjs';
import { repoRoot } from '../catalogue/workspace.mjs';
import { startJwks } from '../bookings/auth.mjs';
import { seedHistory, seedLive } from './fixtures.mjs';
import { mixedLoad, probes, signTokens } from './load.mjs';
import { writeReport } from './report.mjs';
import { MEASURED, rssMiB, startService, stopService } from './services.mjs';

const env = process.env;
const config = {
  upcoming: Number(env.BENCH_UPCOMING ?? 10_000),
  pastSessions: Number(env.BENCH_PAST_SESSIONS ?? 100_000),
  pastBookings: Number(env.BENCH_PAST_BOOKINGS ?? 100_000),
  entries: Number(env.BENCH_ENTRIES ?? 50_000),
  years: Number(env.BENCH_YEARS ?? 10),
  residents: Number(env.BENCH_RESIDENTS ?? 5_000),
  loadS: Number(env.BENCH_LOAD_S ?? 600),
  loadConnections: Number(env.BENCH_LOAD_CONNECTIONS ?? 10),
  samples: Number(env.BENCH_SAMPLES ?? 200),
  catalogueS: Number(env.BENCH_CATALOGUE_S ?? 10),
};
const SETTLE_MS = 5_000;
/** Undo steps of the running phase, latest last (they run in reverse). */
const cleanup = [];

async function startInfra() {
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-bench-history-'));
  const options = {
    dataDir,
    toolsDir: join(repoRoot, '.tools'),
    natsPort: await freePort(),
    natsMonitorPort: await freePort(),
    mongoPort: await freePort(),
    postgresPort: await freePort(),
  };
  cleanup.push(async () => {
    await stopEmbedded(options);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return startEmbedded(options);
}

const urlsOf = (state) =>
  Object.fromEntries(MEASURED.map((name) => [name, `${state.mongoUrl}fabrique_${name}`]));

async function startAll(state, jwks) {
  const services = {};
  for (const name of MEASURED) {
    services[name] = await startService(name, {
      port: await freePort(),
      mongoUrl: urlsOf(state)[name],
      natsUrl: state.natsUrl,
      jwksUrl: jwks.url,
    });
  }
  return services;
}

const memoryOf = (services) =>
  Object.fromEntries(Object.values(services).map((s) => [s.name, rssMiB(s.child.pid)]));

/** One run on fresh infrastructure; everything it starts is undone by `cleanup`, also on Ctrl-C. */
async function runPhase(name, withHistory, log) {
  const phaseCleanup = cleanup;
  try {
    const state = await startInfra();
    const now = Date.now();
    const seeded = {};
    if (withHistory) {
      log(`${name}: loading the history …`);
      seeded.history = await seedHistory(urlsOf(state), { ...config, now, seed: 7 });
    }
    log(`${name}: loading the live data …`);
    const live = await seedLive(urlsOf(state), { ...config, now, seed: 11 });
    const jwks = await startJwks();
    phaseCleanup.push(() => jwks.close());
    // A first start builds the indexes over the data just loaded and runs any data migration,
    // as the first start after an upgrade would; what is measured is a replica starting then.
    log(`${name}: first start (indexes) …`);
    const first = await startAll(state, jwks);
    const firstReadyMs = Object.fromEntries(Object.values(first).map((s) => [s.name, s.readyMs]));
    await Promise.all(Object.values(first).map(stopService));
    log(`${name}: starting ${MEASURED.join(', ')} …`);
    const services = await startAll(state, jwks);
    phaseCleanup.push(() => Promise.all(Object.values(services).map(stopService)));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const rssAfterStart = memoryOf(services);
    const clients = Object.fromEntries(
      Object.values(services).map((s) => [s.name, createClient(`http://127.0.0.1:${s.port}`, 20)]),
    );
    phaseCleanup.push(() => Object.values(clients).forEach((c) => c.close()));
    const tokens = await signTokens(jwks, live, config.residents);
    const context = { clients, tokens, live, now, samples: config.samples };
    log(`${name}: probes …`);
    const timed = await probes({ ...context, catalogueSeconds: config.catalogueS });
    log(`${name}: mixed load for ${config.loadS} s …`);
    const load = await mixedLoad({
      ...context,
      seconds: config.loadS,
      connections: config.loadConnections,
    });
    return {
      seeded: { ...seeded, live: { upcoming: live.sessions.length } },
      readyMs: Object.fromEntries(Object.values(services).map((s) => [s.name, s.readyMs])),
      firstStartReadyMs: firstReadyMs,
      rssAfterStartMiB: rssAfterStart,
      rssAfterLoadMiB: memoryOf(services),
      probes: timed,
      load,
    };
  } finally {
    await runCleanup(log);
  }
}

async function runCleanup(log) {
  for (const step of cleanup.splice(0).reverse()) {
    await Promise.resolve()
      .then(step)
      .catch((error) => log(`cleanup: ${error.message}`));
  }
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => void runCleanup(console.error).finally(() => process.exit(130)));

try {
  const started = performance.now();
  const log = (line) =>
    console.log(`${Math.round((performance.now() - started) / 1000)} s  ${line}`);
  const empty = await runPhase('without history', false, log);
  const history = await runPhase('with history', true, log);
  const runSeconds = Math.round((performance.now() - started) / 1000);
  writeReport({ config, empty, history, runSeconds });
} catch (error) {
  process.exitCode = 1;
  console.error(error);
}
