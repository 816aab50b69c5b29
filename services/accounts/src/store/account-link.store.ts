import { createHash, randomBytes } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';

export type LinkPurpose = 'password-reset' | 'verify-email' | 'change-email';

/**
 * A link sent by email — a new password, the proof that an address is the person's, or that a
 * new one is — stored by the SHA-256 of its secret, never the secret.
 */
export interface AccountLinkDocument {
  _id: string;
  purpose: LinkPurpose;
  accountId: string;
  /** The address the link was sent to (what a verification proves; a change's new address). */
  email: string;
  createdAt: Date;
  expiresAt: Date;
}

const accountLinkSchema = new Schema<AccountLinkDocument>(
  {
    _id: String,
    purpose: { type: String, required: true },
    accountId: { type: String, required: true },
    email: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'account_links', versionKey: false },
);
accountLinkSchema.index({ accountId: 1 });
accountLinkSchema.index({ expiresAt: 1 });

export type AccountLinkModel = Model<AccountLinkDocument>;

export function accountLinkModel(connection: Connection): AccountLinkModel {
  return connection.model<AccountLinkDocument>('AccountLink', accountLinkSchema);
}

/** A link that works once: its secret, and the hash it is stored by. */
function newLinkSecret(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: linkHash(token) };
}

export const linkHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Stores a new link for this purpose, account and address, valid `ttlMs` from `now`; answers
 * its secret (for the email, never stored) and expiry.
 */
export async function storeLink(
  model: AccountLinkModel,
  link: { purpose: LinkPurpose; accountId: string; email: string },
  ttlMs: number,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const { token, id } = newLinkSecret();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await model.create({ _id: id, ...link, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** A live link of one of these purposes, or undefined (unknown, used, expired or for another). */
export async function liveLink(
  model: AccountLinkModel,
  token: string,
  purpose: LinkPurpose | LinkPurpose[],
  now: Date,
): Promise<AccountLinkDocument | undefined> {
  const purposes = Array.isArray(purpose) ? purpose : [purpose];
  const link = await model.findById(linkHash(token)).lean<AccountLinkDocument>();
  return link && purposes.includes(link.purpose) && link.expiresAt > now ? link : undefined;
}

/**
 * Spends a link once: the atomic `deleteOne` by its hash decides, so two uses at once get one
 * success. True for the one that spent it.
 */
export async function spendLink(model: AccountLinkModel, token: string): Promise<boolean> {
  return (await model.deleteOne({ _id: linkHash(token) })).deletedCount === 1;
}

/** Links past their time: nothing can use them any more. */
export async function sweepLinks(model: AccountLinkModel, now: Date): Promise<number> {
  return (await model.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
}
