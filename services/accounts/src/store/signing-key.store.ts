import { Schema, type Connection, type Model } from 'mongoose';
import type { JWK } from 'jose';
import { isDuplicateKeyError } from '@fabrique/service-kit';

/** One signing key per rotation period; the period number makes the id deterministic. */
export interface StoredSigningKey {
  _id: string;
  period: number;
  publicJwk: JWK;
  privateJwk: JWK;
  createdAt: Date;
}

const signingKeySchema = new Schema<StoredSigningKey>(
  {
    _id: String,
    period: { type: Number, required: true },
    publicJwk: { type: Schema.Types.Mixed, required: true },
    privateJwk: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'signing_keys', versionKey: false },
);
signingKeySchema.index({ period: -1 });

export type SigningKeyModel = Model<StoredSigningKey>;

export function signingKeyModel(connection: Connection): SigningKeyModel {
  return connection.model<StoredSigningKey>('SigningKey', signingKeySchema);
}

/** Inserts the key of a period unless another replica did first; returns the stored one. */
export async function insertOrGetKey(
  model: SigningKeyModel,
  key: StoredSigningKey,
): Promise<StoredSigningKey> {
  try {
    await model.create(key);
    return key;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await model.findById(key._id).lean<StoredSigningKey>();
    if (!existing) throw error;
    return existing;
  }
}

export async function keysFromPeriod(
  model: SigningKeyModel,
  firstPeriod: number,
): Promise<StoredSigningKey[]> {
  return model
    .find({ period: { $gte: firstPeriod } })
    .sort({ period: -1 })
    .lean<StoredSigningKey[]>();
}
