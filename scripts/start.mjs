#!/usr/bin/env node
// `npm start`: installs and builds what is missing, starts the embedded NATS and FerretDB (on
// PostgreSQL) and every service, loads the demo data the first time, and runs until Ctrl-C,
// which stops everything cleanly (also while it is still starting). Data stays in .data/.
//
// Environment: FABRIQUE_DATA_DIR (default .data), NATS_PORT, NATS_MONITOR_PORT, MONGO_PORT,
// POSTGRES_PORT, <SERVICE>_PORT (GATEWAY_PORT, ACCOUNTS_PORT…), MAIL_SMTP_PORT, MAIL_WEB_PORT,
// DEMO_DATA=off (start without demo data), FABRIQUE_SKIP_BUILD=1 (no install and build when
// everything is built already), FABRIQUE_CONSOLE=all (every service log line on the console).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedOptions, startEmbedded, stopEmbedded } from '../infra/embedded.mjs';
import {
  adminCommand,
  DEMO_PAST_DAYS,
  demoMaySeed,
  demoSignIns,
  ensureDemoData,
} from './demo/index.mjs';
import { createLogSink, pipeLines } from './log-sink.mjs';
import {
  buildWorkspace,
  ensurePnpm,
  installEverything,
  isBuilt,
  repoRoot,
  step,
  waitUntilReady,
} from './lib.mjs';

// Default ports of DESIGN.md; each overridable by <NAME>_PORT.
const DEFAULT_PORTS = {
  gateway: 8080,
  accounts: 8081,
  workshops: 8082,
  bookings: 8083,
  funds: 8084,
  notifications: 8085,
};

function startScript(name) {
  const manifest = join(repoRoot, 'services', name, 'package.json');
  return existsSync(manifest)
    ? JSON.parse(readFileSync(manifest, 'utf8')).scripts?.start
    : undefined;
}

/** Every service that has a start script (the web UI has none: the gateway serves it), gateway last. */
function runnableServices() {
  const names = readdirSync(join(repoRoot, 'services')).filter(
    (name) => startScript(name) && name !== 'gateway',
  );
  return startScript('gateway') ? [...names, 'gateway'] : names;
}

// The local mail catcher: every email the services send lands in its web inbox.
const MAIL_PORTS = {
  smtp: Number(process.env.MAIL_SMTP_PORT ?? 1025),
  web: Number(process.env.MAIL_WEB_PORT ?? 1080),
};

/** A secret made once per data folder (unsubscribe links keep working across restarts). */
function localSecret(dataDir, name) {
  const file = join(dataDir, 'secrets', name);
  if (!existsSync(file)) {
    mkdirSync(join(dataDir, 'secrets'), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

// The console shows warnings, errors and this script's own lines; FABRIQUE_CONSOLE=all streams
// every service line as well. The whole logs are in <data>/logs either way.
const CONSOLE_MODE = process.env.FABRIQUE_CONSOLE === 'all' ? 'all' : 'calm';
const logsDir = () => join(running.options.dataDir, 'logs');

const portOf = (name) => String(process.env[`${name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[name]);

/**
 * The young generation of each service's heap capped at 2 MiB per semi-space (V8's default
 * grows to 16): a village network's services allocate little, and the whole stack holds about
 * 200 MiB less after the demo data (see the README). An explicit --max-semi-space-size wins.
 */
function serviceNodeOptions() {
  const given = process.env.NODE_OPTIONS ?? '';
  return given.includes('--max-semi-space-size')
    ? given
    : `${given} --max-semi-space-size=2`.trim();
}

function serviceEnv(name, infra, upstreams, dataDir) {
  const common = {
    ...process.env,
    NODE_OPTIONS: serviceNodeOptions(),
    PORT: portOf(name),
    OTEL_SERVICE_NAME: name,
  };
  if (name === 'gateway') {
    // The gateway has no database: it needs to know where each service listens, and reads
    // accounts' sign-outs from NATS to refuse revoked tokens at the edge.
    const urls = Object.fromEntries(
      upstreams.map((u) => [`${u.toUpperCase()}_URL`, `http://127.0.0.1:${portOf(u)}`]),
    );
    const web = join(repoRoot, 'services', 'web', 'dist');
    return {
      ...common,
      ...urls,
      NATS_URL: infra.natsUrl,
      ...(existsSync(join(web, 'index.html')) && { WEB_DIST_DIR: web }),
    };
  }
  return {
    ...common,
    MONGO_URL: `${infra.mongoUrl}fabrique_${name}`,
    NATS_URL: infra.natsUrl,
    // Services verify access tokens with the keys accounts publishes.
    JWKS_URL: `http://127.0.0.1:${portOf('accounts')}/api/auth/jwks.json`,
    PUBLIC_URL: `http://127.0.0.1:${portOf('gateway')}`,
    // The demo's season began weeks ago; past sessions are refused once it is loaded.
    ...(name === 'workshops' &&
      demoMaySeed(dataDir) && { SCHEDULE_PAST_DAYS: String(DEMO_PAST_DAYS) }),
    ...(name === 'notifications' && {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(MAIL_PORTS.smtp),
      UNSUBSCRIBE_SECRET: process.env.UNSUBSCRIBE_SECRET ?? localSecret(dataDir, 'unsubscribe'),
    }),
  };
}

/** What runs so far, so that a stop at any moment stops exactly that. */
const running = {
  options: embeddedOptions(),
  embedded: false,
  mail: undefined,
  children: new Map(),
  /** Each service's log file (see scripts/log-sink.mjs). */
  sinks: [],
  // Aborts the readiness wait and the demo seed (its requests and admin command) on stop.
  aborter: new AbortController(),
  stopping: false,
};

async function stopAll(code) {
  if (running.stopping) return;
  running.stopping = true;
  step('stopping');
  running.aborter.abort(new Error('stopping'));
  const children = [...running.children.values()];
  const exits = children.map((child) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((done) => child.once('exit', done)),
  );
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(exits);
  await running.mail?.stop();
  for (const sink of running.sinks) sink.close();
  if (running.embedded) await stopEmbedded(running.options);
  console.log('everything stopped');
  process.exit(code);
}

function startService(name, services, infra) {
  const env = serviceEnv(
    name,
    infra,
    services.filter((other) => other !== 'gateway'),
    running.options.dataDir,
  );
  // `exec` makes the service itself the child, so our SIGTERM reaches it; detached keeps the
  // terminal's Ctrl-C away from it, so that each service gets exactly one signal, from us.
  const child = spawn('sh', ['-c', `exec ${startScript(name)}`], {
    cwd: join(repoRoot, 'services', name),
    env: { ...env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${env.PATH}` },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sink = createLogSink({ dir: logsDir(), name, mode: CONSOLE_MODE });
  pipeLines(child, sink);
  running.sinks.push(sink);
  child.once('exit', (code, signal) => {
    if (running.stopping) return;
    console.error(`${name} exited (${signal ?? code}); stopping everything`);
    void stopAll(1);
  });
  running.children.set(name, child);
  console.log(`  ${name}: http://127.0.0.1:${env.PORT} (pid ${child.pid})`);
}

async function loadDemoData(gateway, infra) {
  step('demo data');
  const { dataDir } = running.options;
  const env = {
    ...process.env,
    MONGO_URL: `${infra.mongoUrl}fabrique_accounts`,
    NATS_URL: infra.natsUrl,
  };
  const admin = adminCommand({ repoRoot, env, signal: running.aborter.signal });
  const log = (line) => console.log(`  ${line}`);
  try {
    const outcome = await ensureDemoData({
      gatewayUrl: gateway,
      dataDir,
      admin,
      signal: running.aborter.signal,
      log,
    });
    if (outcome === 'already')
      log(`loaded at the first start (${join(dataDir, 'demo-data.json')})`);
    if (outcome === 'off') log('DEMO_DATA=off: starting without demo data');
    if (outcome === 'not-demo') log('this network has data of its own: no demo data added');
    return outcome;
  } catch (error) {
    if (running.stopping) return 'stopped';
    console.error(`\n✖ the demo data could not be loaded: ${error.message}`);
    console.error(
      `  Fabrique keeps running. \`npm start\` again resumes the demo data where it stopped;\n` +
        `  to start afresh instead, stop and delete the data folder (rm -rf ${dataDir}): this erases everything.`,
    );
    return 'failed';
  }
}

function printWelcome(gateway, demo, infra) {
  console.log(`\nFabrique: ${gateway}/  (API ${gateway}/api, docs ${gateway}/api/docs)`);
  console.log(`Emails sent by Fabrique: ${running.mail.webUrl}`);
  if (demo === 'seeded' || demo === 'already') console.log(demoSignIns());
  else {
    // `npm run admin` reaches the default ports by itself; other ones it must be told.
    const { mongoPort, natsPort } = running.options;
    const env =
      mongoPort === 27017 && natsPort === 4222
        ? ''
        : `MONGO_URL=${infra.mongoUrl}fabrique_accounts NATS_URL=${infra.natsUrl} `;
    console.log(
      `First coordinator: sign up, then \`${env}npm run admin -- grant-role <email> coordinator\`.`,
    );
  }
  console.log('\nFabrique is running. Press Ctrl-C to stop.');
}

async function main() {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  if (process.env.FABRIQUE_SKIP_BUILD === '1' && isBuilt()) {
    step('FABRIQUE_SKIP_BUILD=1: using the installed dependencies and the current build');
  } else {
    const pnpm = ensurePnpm();
    installEverything(pnpm);
    buildWorkspace(pnpm);
  }
  step('starting NATS (JetStream), PostgreSQL and FerretDB on loopback');
  running.embedded = true;
  const infra = await startEmbedded(running.options);
  console.log(
    `  MongoDB wire: ${infra.mongoUrl}   NATS: ${infra.natsUrl}   data: ${running.options.dataDir}`,
  );
  const { startSmtpCatcher } = await import('../packages/testkit/dist/index.js');
  running.mail = await startSmtpCatcher({ port: MAIL_PORTS.smtp, webPort: MAIL_PORTS.web });
  console.log(`  mail catcher: SMTP ${running.mail.url}   inbox: ${running.mail.webUrl}`);

  step('starting the services');
  console.log(
    `  logs: ${logsDir()}/<service>.log` +
      (CONSOLE_MODE === 'all'
        ? ''
        : ' (here: warnings and errors; FABRIQUE_CONSOLE=all for every line)'),
  );
  const services = runnableServices();
  for (const name of services) startService(name, services, infra);
  if (!services.includes('gateway')) return console.log('\nFabrique is running (no gateway).');
  const gateway = `http://127.0.0.1:${portOf('gateway')}`;
  await waitUntilReady(`${gateway}/readyz`, running.aborter.signal);
  console.log(`  every service is ready (${gateway}/readyz)`);
  const demo = await loadDemoData(gateway, infra);
  if (!running.stopping) printWelcome(gateway, demo, infra);
}

main().catch(async (error) => {
  if (running.stopping) return;
  console.error(`\n✖ ${error.message}`);
  await stopAll(1);
});
