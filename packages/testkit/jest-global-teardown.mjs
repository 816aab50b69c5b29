import { rmSync } from 'node:fs';
import { stopEmbedded } from '../../infra/embedded.mjs';

/** Stops what the global setup started (nothing when the servers were given from outside). */
export default async function globalTeardown() {
  const dataDir = process.env.FABRIQUE_TEST_INFRA_DIR;
  if (!dataDir) return;
  delete process.env.FABRIQUE_TEST_INFRA_DIR;
  await stopEmbedded({ dataDir });
  rmSync(dataDir, { recursive: true, force: true });
}
