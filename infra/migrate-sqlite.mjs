#!/usr/bin/env node
// `npm run infra:migrate-sqlite`: copies every database of a data folder made by an earlier
// Fabrique (FerretDB on SQLite files in <data>/ferretdb) into the embedded default (FerretDB on
// PostgreSQL in <data>/postgres): documents and indexes, collection by collection, then checks
// the counts and renames the SQLite folder to <data>/ferretdb-sqlite-copied (kept, never
// deleted). NATS's data needs no copy. Run it with Fabrique stopped; running it again after an
// interruption completes the copy (documents already copied are skipped by their _id).
//
// Environment: FABRIQUE_DATA_DIR and the ports of infra/embedded.mjs.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { embeddedOptions, startEmbedded, stopEmbedded } from './embedded.mjs';
import { hasSqliteData, sqliteDir } from './embedded/legacy-sqlite.mjs';
import {
  LOOPBACK,
  freePort,
  isAlive,
  launch,
  stopProcess,
  waitUntil,
  canConnect,
} from './embedded/processes.mjs';

const BATCH = 1_000;
const SYSTEM_DATABASES = new Set(['admin', 'config', 'local']);

async function copyCollection(source, target, name, log) {
  const indexes = (await source.collection(name).listIndexes().toArray())
    .filter((index) => index.name !== '_id_')
    .map(({ key, name: indexName, unique }) => ({
      key,
      name: indexName,
      ...(unique && { unique }),
    }));
  await target.createCollection(name).catch((error) => {
    if (error.codeName !== 'NamespaceExists') throw error;
  });
  if (indexes.length > 0) await target.collection(name).createIndexes(indexes);
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    // ordered:false + duplicate keys ignored: a second run after an interruption completes the copy.
    await target
      .collection(name)
      .insertMany(batch, { ordered: false })
      .catch((error) => {
        const onlyDuplicates = error.writeErrors?.every((e) => e.code === 11000);
        if (!onlyDuplicates) throw error;
      });
    batch = [];
  };
  for await (const doc of source.collection(name).find({})) {
    batch.push(doc);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const [from, to] = await Promise.all([
    source.collection(name).countDocuments({}),
    target.collection(name).countDocuments({}),
  ]);
  if (from !== to)
    throw new Error(`${source.databaseName}.${name}: ${from} documents, ${to} copied`);
  log(`  ${source.databaseName}.${name}: ${to} documents, ${indexes.length} indexes`);
  return to;
}

async function copyEverything(sourceUrl, targetUrl, log) {
  const source = await MongoClient.connect(sourceUrl);
  const target = await MongoClient.connect(targetUrl);
  try {
    const { databases } = await source.db('admin').admin().listDatabases({ nameOnly: true });
    let documents = 0;
    for (const { name } of databases.filter((d) => !SYSTEM_DATABASES.has(d.name))) {
      const collections = await source.db(name).listCollections({}, { nameOnly: true }).toArray();
      for (const collection of collections) {
        documents += await copyCollection(source.db(name), target.db(name), collection.name, log);
      }
    }
    return documents;
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

/** Copies <data>/ferretdb into the PostgreSQL store; returns how many documents it copied. */
export async function migrateSqlite(options = embeddedOptions(), log = console.log) {
  const { dataDir, toolsDir } = options;
  if (!hasSqliteData(dataDir)) {
    log(`nothing to copy: ${sqliteDir(dataDir)} holds no SQLite database`);
    return 0;
  }
  const stateFile = join(dataDir, 'embedded.json');
  if (existsSync(stateFile) && JSON.parse(readFileSync(stateFile, 'utf8')).pids.some(isAlive)) {
    throw new Error(`Fabrique is running on ${dataDir}: stop it first`);
  }
  const sqlitePort = await freePort();
  const sqlitePid = launch(
    join(toolsDir, 'bin', 'ferretdb'),
    ['-listen', `${LOOPBACK}:${sqlitePort}`, '-backend', 'sqlite', '-data-dir', sqliteDir(dataDir)],
    join(dataDir, 'ferretdb-sqlite-copy.log'),
  );
  try {
    await waitUntil('ferretdb (SQLite)', () => canConnect(sqlitePort), [sqlitePid]);
    const state = await startEmbedded({ ...options, allowSqliteData: true });
    try {
      const documents = await copyEverything(
        `mongodb://${LOOPBACK}:${sqlitePort}/`,
        state.mongoUrl,
        log,
      );
      renameSync(sqliteDir(dataDir), join(dataDir, 'ferretdb-sqlite-copied'));
      log(
        `copied ${documents} documents; the SQLite files are kept in ${dataDir}/ferretdb-sqlite-copied`,
      );
      return documents;
    } finally {
      await stopEmbedded(options);
    }
  } finally {
    await stopProcess(sqlitePid, 'SIGTERM', 10_000);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  migrateSqlite().catch((error) => {
    console.error(`✖ ${error.message}`);
    process.exitCode = 1;
  });
}
