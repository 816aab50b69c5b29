import { createHash } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';

/** A link sent by email (a new password), stored by the SHA-256 of its secret, never the secret. */
export interface ResetLinkDocument {
  _id: string;
  accountId: string;
  createdAt: Date;
  expiresAt: Date;
}

const resetLinkSchema = new Schema<ResetLinkDocument>(
  {
    _id: String,
    accountId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'reset_links', versionKey: false },
);
resetLinkSchema.index({ accountId: 1 });
resetLinkSchema.index({ expiresAt: 1 });

export type ResetLinkModel = Model<ResetLinkDocument>;

export function resetLinkModel(connection: Connection): ResetLinkModel {
  return connection.model<ResetLinkDocument>('ResetLink', resetLinkSchema);
}

export const linkHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Spends a link once: the atomic `deleteOne` by its hash decides, so two uses at once get one
 * success. Returns the account, or undefined for an unknown, used or expired link.
 */
export async function spendResetLink(
  model: ResetLinkModel,
  token: string,
  now: Date,
): Promise<string | undefined> {
  const id = linkHash(token);
  const link = await model.findById(id).lean<ResetLinkDocument>();
  if (!link || (await model.deleteOne({ _id: id })).deletedCount !== 1) return undefined;
  return link.expiresAt > now ? link.accountId : undefined;
}

/** Links past their time: nothing can use them any more. */
export async function sweepResetLinks(model: ResetLinkModel, now: Date): Promise<number> {
  return (await model.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
}
