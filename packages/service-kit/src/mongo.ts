import mongoose, { type Connection, type Model } from 'mongoose';

export const MAX_OPERATIONS_IN_FLIGHT = 20;

/**
 * One connection per service (not mongoose's global one), so tests can run several services
 * in one process, each on its own database.
 */
export async function connectMongo(url: string, dbName?: string): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    ...(dbName !== undefined && { dbName }),
    // At most 20 operations in flight per service (more wait in the driver): FerretDB 1.24 on
    // PostgreSQL deadlocks once as many updates run at once as its own pool has connections
    // (infra/embedded/postgres.mjs). `maxPoolSize` in the URL overrides it, e.g. for MongoDB.
    ...(!/[?&]maxPoolSize=/i.test(url) && { maxPoolSize: MAX_OPERATIONS_IN_FLIGHT }),
    serverSelectionTimeoutMS: 5_000,
    // Checks the server every 2 s (the driver's default is 10): a dead server is known, and
    // requests answered 503 at once (outages.ts), soon after it dies; a restarted one is used
    // again as soon.
    heartbeatFrequencyMS: 2_000,
    // A connection (the monitor's included) whose handshake has no answer in 5 s is dropped
    // and tried again (the driver's default waits 30 s): a database server restarting may
    // accept connections before it answers them, and a monitor left waiting on one would keep
    // the service answering 503 for up to 30 s after the server is back.
    connectTimeoutMS: 5_000,
    // FerretDB 1.x has no retryable writes; MongoDB deployments enable them in the URL.
    retryWrites: false,
  });
  await connection.asPromise();
  return connection;
}

export async function mongoIsUp(connection: Connection): Promise<boolean> {
  if (connection.readyState !== mongoose.ConnectionStates.connected || !connection.db) return false;
  await connection.db.command({ ping: 1 });
  return true;
}

/** E11000: the atomic unique-key insert that every invariant rests on said no. */
export function isDuplicateKeyError(
  error: unknown,
): error is { code: 11000; keyPattern?: Record<string, unknown> } {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000
  );
}

/**
 * Inserts a document unless one with its `_id` (or another unique key) exists: true if this
 * call wrote it. The one atomic "only once" FerretDB and MongoDB both give.
 */
export async function insertOnce(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any collection
  model: Model<any>,
  doc: { _id: string } & Record<string, unknown>,
): Promise<boolean> {
  try {
    await model.create(doc);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Gives the documents stored before `field` existed its value, once per database: a document
 * with the id `marker` in `migrations` records that it ran, so only the first start after an
 * upgrade reads the collection whole. Returns how many documents it updated. Safe to run on
 * several replicas at once (each writes the same value) and again after an interruption (the
 * marker is written last).
 */
export async function backfillOnce<Doc extends Record<string, unknown>>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any collection
  models: { target: Model<any>; migrations: Model<any> },
  marker: string,
  field: string,
  valueOf: (doc: Doc) => unknown,
  reads: string[],
): Promise<number> {
  if (await models.migrations.exists({ _id: marker })) return 0;
  const projection = Object.fromEntries([field, ...reads].map((name) => [name, 1]));
  const docs = await models.target.find({}, projection).lean<(Doc & { _id: string })[]>();
  let updated = 0;
  for (const doc of docs) {
    if (doc[field] !== undefined) continue;
    await models.target.updateOne({ _id: doc._id }, { $set: { [field]: valueOf(doc) } });
    updated += 1;
  }
  await insertOnce(models.migrations, { _id: marker, at: new Date() });
  return updated;
}

const LOOKUPS_AT_ONCE = 20;

/**
 * Documents by `_id`, one indexed lookup each, at most 20 at once; missing ones are left out.
 * FerretDB pushes only equality down to its store: `{_id: {$in: ids}}` reads the whole
 * collection, however few the ids.
 */
export async function findByIds<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any collection
  model: Model<any>,
  ids: readonly string[],
  projection?: Record<string, 0 | 1>,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  const found: T[] = [];
  for (let from = 0; from < unique.length; from += LOOKUPS_AT_ONCE) {
    const docs = await Promise.all(
      unique
        .slice(from, from + LOOKUPS_AT_ONCE)
        .map((id) => model.findById(id, projection).lean<T>().exec()),
    );
    for (const doc of docs) if (doc !== null) found.push(doc);
  }
  return found;
}
