import { Schema, type Connection, type Model } from 'mongoose';

/** A live refresh token, stored by the SHA-256 of its value (the value itself never is). */
export interface RefreshTokenDocument {
  _id: string;
  familyId: string;
  accountId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A token that was exchanged once; presenting it again means it leaked. */
export interface UsedRefreshTokenDocument {
  _id: string;
  familyId: string;
  accountId: string;
  usedAt: Date;
}

const refreshTokenSchema = new Schema<RefreshTokenDocument>(
  {
    _id: String,
    familyId: { type: String, required: true },
    accountId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'refresh_tokens', versionKey: false },
);
refreshTokenSchema.index({ familyId: 1 });
refreshTokenSchema.index({ accountId: 1 });

const usedRefreshTokenSchema = new Schema<UsedRefreshTokenDocument>(
  {
    _id: String,
    familyId: { type: String, required: true },
    accountId: { type: String, required: true },
    usedAt: { type: Date, required: true },
  },
  { collection: 'used_refresh_tokens', versionKey: false },
);

export interface RefreshTokenModels {
  live: Model<RefreshTokenDocument>;
  used: Model<UsedRefreshTokenDocument>;
}

export function refreshTokenModels(connection: Connection): RefreshTokenModels {
  return {
    live: connection.model<RefreshTokenDocument>('RefreshToken', refreshTokenSchema),
    used: connection.model<UsedRefreshTokenDocument>('UsedRefreshToken', usedRefreshTokenSchema),
  };
}
