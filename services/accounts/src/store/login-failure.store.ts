import { Schema, type Connection, type Model } from 'mongoose';
import { newId } from '@fabrique/contracts';

/**
 * One document per failed sign-in, keyed by `account:<email>` and `ip:<address>`. Counting
 * inserts (never incrementing a shared counter) keeps the throttle right with many replicas.
 */
interface LoginFailureDocument {
  _id: string;
  key: string;
  at: Date;
}

const loginFailureSchema = new Schema<LoginFailureDocument>(
  { _id: String, key: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'login_failures', versionKey: false },
);
loginFailureSchema.index({ key: 1, at: -1 });

export type LoginFailureModel = Model<LoginFailureDocument>;

export function loginFailureModel(connection: Connection): LoginFailureModel {
  return connection.model<LoginFailureDocument>('LoginFailure', loginFailureSchema);
}

export async function recordFailure(
  model: LoginFailureModel,
  keys: string[],
  at: Date,
): Promise<void> {
  await model.insertMany(keys.map((key) => ({ _id: newId(), key, at })));
}

export async function failuresSince(
  model: LoginFailureModel,
  key: string,
  since: Date,
): Promise<number> {
  return model.countDocuments({ key, at: { $gte: since } });
}

export async function clearFailures(model: LoginFailureModel, key: string): Promise<void> {
  await model.deleteMany({ key });
}

/** No TTL indexes on FerretDB: an explicit sweep removes what no window looks at any more. */
export async function sweepFailures(model: LoginFailureModel, before: Date): Promise<number> {
  return (await model.deleteMany({ at: { $lt: before } })).deletedCount;
}
