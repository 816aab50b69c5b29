import { join } from 'node:path';
import { freePort, killProcess, startExtraFerretDb } from '../../../infra/embedded.mjs';

const repoRoot = join(import.meta.dirname, '../../..');

/** A database server of the test's own, to kill under running services and start again. */
export interface DatabaseServer {
  mongoUrl: string;
  /** SIGKILL, as a crash or a power cut would. */
  kill(): Promise<void>;
  /** Starts it again on the same port (the data stays in PostgreSQL). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A second FerretDB on the jest run's PostgreSQL (infra/embedded.mjs), for fault tests: the
 * run's own server, which every other test uses, is never touched.
 */
export async function ownDatabaseServer(): Promise<DatabaseServer> {
  const dataDir = process.env.FABRIQUE_TEST_INFRA_DIR;
  if (!dataDir)
    throw new Error(
      'fault tests need the embedded servers of the jest run: leave MONGO_URL and NATS_URL unset',
    );
  const options = { dataDir, toolsDir: join(repoRoot, '.tools'), mongoPort: await freePort() };
  let server = await startExtraFerretDb(options);
  return {
    mongoUrl: server.mongoUrl,
    kill: () => killProcess(server.pid),
    restart: async () => {
      server = await startExtraFerretDb(options);
    },
    stop: () => killProcess(server.pid),
  };
}
