#!/usr/bin/env node
// Starts and stops the embedded infrastructure (NATS with JetStream, FerretDB on SQLite) on
// loopback. Zero dependencies on purpose: `npm start` and `npm test` call it before
// `pnpm install` has run, and the jest global setup calls it too.
//
//   node infra/embedded.mjs start   # prints MONGO_URL=… and NATS_URL=…
//   node infra/embedded.mjs stop
//   node infra/embedded.mjs status
//
// Environment: FABRIQUE_DATA_DIR (default .data), NATS_PORT (4222), NATS_MONITOR_PORT (8222),
// MONGO_PORT (27017), FABRIQUE_TOOLS_DIR (default .tools).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOOPBACK = '127.0.0.1';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/** @param {Record<string, string | undefined>} env */
export function embeddedOptions(env = process.env) {
  return {
    dataDir: resolve(repoRoot, env.FABRIQUE_DATA_DIR ?? '.data'),
    toolsDir: resolve(repoRoot, env.FABRIQUE_TOOLS_DIR ?? '.tools'),
    natsPort: Number(env.NATS_PORT ?? 4222),
    natsMonitorPort: Number(env.NATS_MONITOR_PORT ?? 8222),
    mongoPort: Number(env.MONGO_PORT ?? 27017),
  };
}

/** A TCP port that was free on loopback a moment ago (tests start servers on these). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const stateFile = (dataDir) => join(dataDir, 'embedded.json');

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

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

function launch(binary, args, logPath) {
  const log = openSync(logPath, 'a');
  // detached: the servers outlive the short-lived process that started them (jest setup).
  const child = spawn(binary, args, { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  return child.pid;
}

function canConnect(port) {
  return new Promise((done) => {
    const socket = connect({ host: LOOPBACK, port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
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

async function waitUntil(what, check, pids) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (!pids.every(isAlive)) throw new Error(`${what} exited during start-up`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not ready after ${READY_TIMEOUT_MS} ms`);
}

/** Starts NATS and FerretDB unless they already run for this data folder; returns their URLs. */
export async function startEmbedded(options = embeddedOptions()) {
  const { dataDir, toolsDir, natsPort, natsMonitorPort, mongoPort } = options;
  const running = readState(dataDir);
  if (running && running.pids.every(isAlive)) return running;

  const nats = requireBinary(toolsDir, 'nats-server');
  const ferretdb = requireBinary(toolsDir, 'ferretdb');
  mkdirSync(join(dataDir, 'nats'), { recursive: true });
  mkdirSync(join(dataDir, 'ferretdb'), { recursive: true });

  const natsPid = launch(
    nats,
    [
      '-a',
      LOOPBACK,
      '-p',
      String(natsPort),
      '-m',
      String(natsMonitorPort),
      '-js',
      '-sd',
      join(dataDir, 'nats'),
      '-n',
      'fabrique-embedded',
    ],
    join(dataDir, 'nats.log'),
  );
  const mongoPid = launch(
    ferretdb,
    ['-listen', `${LOOPBACK}:${mongoPort}`, '-data-dir', join(dataDir, 'ferretdb')],
    join(dataDir, 'ferretdb.log'),
  );
  const state = {
    pids: [natsPid, mongoPid],
    natsUrl: `nats://${LOOPBACK}:${natsPort}`,
    natsMonitorUrl: `http://${LOOPBACK}:${natsMonitorPort}`,
    mongoUrl: `mongodb://${LOOPBACK}:${mongoPort}/`,
  };
  writeFileSync(stateFile(dataDir), JSON.stringify(state, null, 2));
  try {
    await waitUntil('nats-server', () => natsJetStreamReady(natsMonitorPort), [natsPid]);
    await waitUntil('ferretdb', () => canConnect(mongoPort), [mongoPid]);
  } catch (error) {
    await stopEmbedded(options);
    throw new Error(`${error.message}; see the logs in ${dataDir}`, { cause: error });
  }
  return state;
}

/** Stops what startEmbedded started for this data folder (SIGTERM, then SIGKILL). */
export async function stopEmbedded(options = embeddedOptions()) {
  const state = readState(options.dataDir);
  if (!state) return;
  for (const pid of state.pids) {
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (state.pids.some(isAlive) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const pid of state.pids.filter(isAlive)) process.kill(pid, 'SIGKILL');
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
