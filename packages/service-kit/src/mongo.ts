import mongoose, { type Connection, type Model } from 'mongoose';

/**
 * One connection per service (not mongoose's global one), so tests can run several services
 * in one process, each on its own database.
 */
export async function connectMongo(url: string, dbName?: string): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    ...(dbName !== undefined && { dbName }),
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
