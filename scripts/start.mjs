#!/usr/bin/env node
// `npm start`: installs and builds what is missing, starts the embedded NATS + FerretDB and
// every service, and runs until Ctrl-C, which stops everything cleanly. Data stays in .data/.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedOptions, startEmbedded, stopEmbedded } from '../infra/embedded.mjs';
import {
  buildWorkspace,
  ensurePnpm,
  installEverything,
  repoRoot,
  startPrefixed,
  step,
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

const portOf = (name) => String(process.env[`${name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[name]);

function serviceEnv(name, infra, upstreams, dataDir) {
  const common = { ...process.env, PORT: portOf(name), OTEL_SERVICE_NAME: name };
  if (name === 'gateway') {
    // The gateway has no database: it only needs to know where each service listens.
    const urls = Object.fromEntries(
      upstreams.map((u) => [`${u.toUpperCase()}_URL`, `http://127.0.0.1:${portOf(u)}`]),
    );
    const web = join(repoRoot, 'services', 'web', 'dist');
    return {
      ...common,
      ...urls,
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
    ...(name === 'notifications' && {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(MAIL_PORTS.smtp),
      UNSUBSCRIBE_SECRET: process.env.UNSUBSCRIBE_SECRET ?? localSecret(dataDir, 'unsubscribe'),
    }),
  };
}

async function main() {
  const pnpm = ensurePnpm();
  installEverything(pnpm);
  buildWorkspace(pnpm);
  step('starting NATS (JetStream) and FerretDB on loopback');
  const options = embeddedOptions();
  const infra = await startEmbedded(options);
  console.log(
    `  MongoDB wire: ${infra.mongoUrl}   NATS: ${infra.natsUrl}   data: ${options.dataDir}`,
  );
  const { startSmtpCatcher } = await import('../packages/testkit/dist/index.js');
  const mail = await startSmtpCatcher({ port: MAIL_PORTS.smtp, webPort: MAIL_PORTS.web });
  console.log(`  mail catcher: SMTP ${mail.url}   inbox: ${mail.webUrl}`);

  const children = new Map();
  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    step('stopping');
    const exits = [...children.values()].map((child) =>
      child.exitCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', done)),
    );
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(exits);
    await mail.stop();
    await stopEmbedded(options);
    console.log('everything stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  step('starting the services');
  const services = runnableServices();
  for (const name of services) {
    const env = serviceEnv(
      name,
      infra,
      services.filter((other) => other !== 'gateway'),
      options.dataDir,
    );
    // `exec` makes the service itself the child, so our SIGTERM reaches it; detached keeps the
    // terminal's Ctrl-C away from it, so that each service gets exactly one signal, from us.
    const child = startPrefixed(name, 'sh', ['-c', `exec ${startScript(name)}`], {
      cwd: join(repoRoot, 'services', name),
      env: { ...env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${env.PATH}` },
      detached: true,
    });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`${name} exited (${signal ?? code}); stopping everything`);
      void stopAll(1);
    });
    children.set(name, child);
    console.log(`  ${name}: http://127.0.0.1:${env.PORT}`);
  }
  if (services.includes('gateway')) {
    const gateway = `http://127.0.0.1:${portOf('gateway')}`;
    console.log(`\nFabrique: ${gateway}/  (API ${gateway}/api, docs ${gateway}/api/docs)`);
    console.log(
      'First coordinator: sign up, then `npm run admin -- grant-role <email> coordinator`.',
    );
    console.log(`Emails sent by Fabrique: ${mail.webUrl}`);
  }
  console.log('\nFabrique is running. Press Ctrl-C to stop.');
}

main().catch(async (error) => {
  console.error(`\n✖ ${error.message}`);
  await stopEmbedded(embeddedOptions()).catch(() => undefined);
  process.exit(1);
});
