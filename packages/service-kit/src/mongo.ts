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
