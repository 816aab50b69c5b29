import { join } from 'node:path';
import {
  freePort,
  killProcess,
  startExtraFerretDb,
  startExtraNats,
} from '../../../infra/embedded.mjs';

const repoRoot = join(import.meta.dirname, '../../..');

/** A server of the test's own, to kill under running services and start again. */
export interface KillableServer {
  url: string;
  /** SIGKILL, as a crash or a power cut would (also how a test ends it: nothing to keep). */
  kill(): Promise<void>;
  /** Starts it again on the same port, with the data it had. */
  restart(): Promise<void>;
}

function infraDir(): string {
  const dataDir = process.env.FABRIQUE_TEST_INFRA_DIR;
  if (!dataDir)
    throw new Error(
      'fault tests need the embedded servers of the jest run: leave MONGO_URL and NATS_URL unset',
    );
  return dataDir;
}

async function killable(start: () => Promise<{ pid: number; url: string }>) {
  let server = await start();
  return {
    url: server.url,
    kill: () => killProcess(server.pid),
    restart: async () => {
      server = await start();
    },
  };
}

/**
 * A second FerretDB on the jest run's PostgreSQL (infra/embedded.mjs), for fault tests: the
 * run's own server, which every other test uses, is never touched.
 */
export async function ownDatabaseServer(): Promise<KillableServer> {
  const options = {
    dataDir: infraDir(),
    toolsDir: join(repoRoot, '.tools'),
    mongoPort: await freePort(),
  };
  return killable(() => startExtraFerretDb(options));
}

/** A NATS server of the test's own (JetStream, its own store), for fault tests. */
export async function ownBroker(): Promise<KillableServer> {
  const options = {
    dataDir: infraDir(),
    toolsDir: join(repoRoot, '.tools'),
    natsPort: await freePort(),
    natsMonitorPort: await freePort(),
  };
  return killable(() => startExtraNats(options));
}
