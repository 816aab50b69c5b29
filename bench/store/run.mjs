#!/usr/bin/env node
// Store benchmark: the single-document operations the services rely on (insert, find by `_id`,
// find by an indexed field, update and delete by `{_id}` and by `{_id, version}`), timed one at
// a time through the MongoDB driver at 1,000 and 100,000 documents, on the embedded default
// (FerretDB on PostgreSQL, with the GIN twins of infra/ferretdb/gin-twins.sql) and, in the same
// run as the baseline, on FerretDB's SQLite backend. Each backend gets its own embedded
// servers (temp data folder, free loopback ports), one after the other, removed at the end
// (also on failure or Ctrl-C). Writes bench/results/store.json.
// `node bench/store/run.mjs` (or `pnpm run bench:store`); needs `pnpm install` and the tools.
//
// Environment: BENCH_SIZES (1000,100000), BENCH_BACKENDS (postgresql,sqlite), BENCH_SAMPLES
// (100 per operation), BENCH_WARMUP (10), BENCH_MAX_OP_S (15: an operation stops sampling after
// this long, keeping at least 5 samples; SQLite at 100,000 documents takes seconds per call).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbedded, stopEmbedded } from '../../infra/embedded.mjs';
import { timeOperation } from './measure.mjs';
import { checkAnswers, loadCollection, operations } from './operations.mjs';
import { writeReport } from './report.mjs';
import { importFromInfra, repoRoot } from './workspace.mjs';

const { MongoClient } = await importFromInfra('mongodb');
const env = process.env;
const config = {
  sizes: (env.BENCH_SIZES ?? '1000,100000').split(',').map(Number),
  backends: (env.BENCH_BACKENDS ?? 'postgresql,sqlite').split(','),
  samples: Number(env.BENCH_SAMPLES ?? 100),
  warmUp: Number(env.BENCH_WARMUP ?? 10),
  maxOperationS: Number(env.BENCH_MAX_OP_S ?? 15),
};

/** FerretDB's plan of a find, as the services' queries run it: which index PostgreSQL uses. */
async function planOf(db, collection, filter) {
  const explained = await db.command({ explain: { find: collection, filter } });
  const plan = JSON.stringify(explained.queryPlanner ?? {});
  const index = /"Index Name":"([^"]+)"/.exec(plan)?.[1];
  return { filterPushdown: explained.filterPushdown === true, index: index ?? null };
}

async function measureSize(db, size, log) {
  const name = `docs_${size}`;
  const collection = db.collection(name);
  await collection.drop().catch(() => undefined);
  const loadStarted = performance.now();
  await loadCollection(collection, size);
  const loadS = Math.round((performance.now() - loadStarted) / 100) / 10;
  log(`  ${size} documents loaded in ${loadS} s`);
  const answers = await checkAnswers(collection, size);
  const plans = {
    findById: await planOf(db, name, { _id: 'session-0:resident-0' }),
    findByIndexedField: await planOf(db, name, { sessionId: 'session-0' }),
  };
  const results = {};
  const entries = Object.entries(operations(collection, size));
  for (const [index, [operation, call]] of entries.entries()) {
    results[operation] = await timeOperation(call, {
      samples: config.samples,
      warmUp: config.warmUp,
      maxSeconds: config.maxOperationS,
      offset: index * (config.samples + config.warmUp),
    });
    log(
      `    ${operation}: median ${results[operation].medianMs} ms, p99 ${results[operation].p99Ms} ms`,
    );
  }
  await collection.drop();
  return { loadS, answers, plans, operations: results };
}

async function measureBackend(backend, cleanup, log) {
  const dataDir = mkdtempSync(join(tmpdir(), `fabrique-bench-store-${backend}-`));
  const options = {
    dataDir,
    toolsDir: join(repoRoot, '.tools'),
    backend,
    natsPort: await freePort(),
    natsMonitorPort: await freePort(),
    mongoPort: await freePort(),
    postgresPort: await freePort(),
  };
  const stop = async () => {
    await stopEmbedded(options);
    rmSync(dataDir, { recursive: true, force: true });
  };
  cleanup.push(stop);
  const state = await startEmbedded(options);
  const client = await MongoClient.connect(state.mongoUrl);
  try {
    const db = client.db('bench_store');
    const sizes = {};
    for (const size of config.sizes) {
      log(`${backend}, ${size} documents …`);
      sizes[size] = await measureSize(db, size, log);
    }
    return sizes;
  } finally {
    await client.close();
    cleanup.splice(cleanup.indexOf(stop), 1);
    await stop();
  }
}

const cleanup = [];
async function runCleanup() {
  for (const step of cleanup.splice(0).reverse()) {
    await step().catch((error) => console.error('cleanup:', error.message));
  }
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => void runCleanup().finally(() => process.exit(130)));

try {
  const started = performance.now();
  const backends = {};
  for (const backend of config.backends)
    backends[backend] = await measureBackend(backend, cleanup, console.log);
  const runSeconds = Math.round((performance.now() - started) / 1000);
  if (!writeReport({ config, backends, runSeconds })) process.exitCode = 1;
} catch (error) {
  process.exitCode = 1;
  console.error(error);
} finally {
  await runCleanup();
}
