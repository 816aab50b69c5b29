// Jest loads this file outside its module system, so it is plain JS.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbedded } from '../../infra/embedded.mjs';

/**
 * Starts one embedded NATS + FerretDB for the whole jest run on free loopback ports, unless
 * MONGO_URL and NATS_URL already point at servers. Workers inherit the variables set here.
 */
export default async function globalSetup() {
  if (process.env.MONGO_URL && process.env.NATS_URL) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-test-'));
  const state = await startEmbedded({
    dataDir,
    toolsDir: join(import.meta.dirname, '../../.tools'),
    natsPort: await freePort(),
    natsMonitorPort: await freePort(),
    mongoPort: await freePort(),
    postgresPort: await freePort(),
    // The run's data is deleted at its end: PostgreSQL need not flush it to disk.
    ephemeral: true,
  });
  process.env.MONGO_URL = state.mongoUrl;
  process.env.NATS_URL = state.natsUrl;
  process.env.FABRIQUE_TEST_INFRA_DIR = dataDir;
}
