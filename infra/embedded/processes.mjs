// Process and port helpers of the embedded infrastructure. Zero dependencies.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { connect, createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';
const READY_TIMEOUT_MS = 60_000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Starts a server in its own process group, its output appended to `logPath`. */
export function launch(command, args, logPath, env = process.env) {
  const log = openSync(logPath, 'a');
  // detached: the servers outlive the short-lived process that started them (jest setup), and
  // each leads its own process group, so that a stop can reach the children it forked.
  const child = spawn(command, args, { detached: true, stdio: ['ignore', log, log], env });
  child.unref();
  return child.pid;
}

/** Sends a signal to a server's whole process group (PostgreSQL forks its workers). */
export function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** Signals `pid`'s group and waits up to `timeoutMs` for `pid` to exit; returns whether it did. */
export async function stopProcess(pid, signal, timeoutMs) {
  if (!isAlive(pid)) return true;
  signalGroup(pid, signal);
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  return !isAlive(pid);
}

// Ports below the kernel's ephemeral range (32768–60999 on Linux), one block per jest worker:
// a port chosen here is closed again before its server listens on it, and in that moment an
// outgoing connection (which takes an ephemeral port) or another worker's server could take
// it. With a block of its own outside that range, neither can.
const PORT_BLOCK_SIZE = 2000;
const FIRST_BLOCK_START = 12_000;
const PORT_BLOCKS = 10;
const handedOut = new Set();

function portBlock() {
  const slot = Number(process.env.JEST_WORKER_ID ?? 0) % PORT_BLOCKS;
  return FIRST_BLOCK_START + slot * PORT_BLOCK_SIZE;
}

function canListen(port) {
  return new Promise((resolveListen) => {
    const server = createServer();
    server.once('error', () => resolveListen(false));
    server.listen(port, LOOPBACK, () => server.close(() => resolveListen(true)));
  });
}

/**
 * A TCP port free on loopback, never handed out before by this process, in this worker's
 * block (tests start servers on these).
 */
export function freePort() {
  return freePortIn(portBlock(), PORT_BLOCK_SIZE);
}

/**
 * A free port among `size` ports from `start`, tried from a random place, so that a worker's
 * child processes choosing ports too rarely meet.
 */
export async function freePortIn(start, size) {
  const offset = Math.floor(Math.random() * size);
  for (let step = 0; step < size; step += 1) {
    const port = start + ((offset + step) % size);
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free loopback port left in ${start}–${start + size - 1}`);
}

export function canConnect(port) {
  return new Promise((done) => {
    const socket = connect({ host: LOOPBACK, port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Refuses to start when another program already listens on one of the ports. */
export async function assertPortsFree(ports) {
  const taken = [];
  for (const [variable, port] of Object.entries(ports)) {
    if (await canConnect(port)) taken.push(`${port} (${variable})`);
  }
  if (taken.length > 0) {
    throw new Error(
      `port ${taken.join(', ')} on ${LOOPBACK} is already in use by another program: stop it, ` +
        `or choose other ports with ${taken.map((t) => t.split('(')[1].slice(0, -1)).join(', ')}`,
    );
  }
}

export async function waitUntil(what, check, pids) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (!pids.every(isAlive)) throw new Error(`${what} exited during start-up`);
    await sleep(100);
  }
  throw new Error(`${what} not ready after ${READY_TIMEOUT_MS} ms`);
}
