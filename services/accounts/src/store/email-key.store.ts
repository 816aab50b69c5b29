import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import { accountErrors } from '../domain/errors.js';
import type { AccountModel } from './account.store.js';

/**
 * An email address keyed by itself: sign-in finds the account with two lookups by `_id`
 * (answered by the `_id` index on every store), and the insert of this key is
 * the atomic "one account per address" decision.
 */
interface EmailKeyDocument {
  _id: string;
  accountId: string;
}

const emailKeySchema = new Schema<EmailKeyDocument>(
  { _id: String, accountId: { type: String, required: true } },
  { collection: 'email_keys', versionKey: false },
);

export type EmailKeyModel = Model<EmailKeyDocument>;

export function emailKeyModel(connection: Connection): EmailKeyModel {
  return connection.model<EmailKeyDocument>('EmailKey', emailKeySchema);
}

export interface EmailKeyStores {
  emailKeys: EmailKeyModel;
  accounts: AccountModel;
}

/**
 * Reserves the address for an account (a new one, or a change of address). A key whose account
 * is missing or deleted (a crash between the two writes, an erasure) is taken over; a live one
 * means EMAIL_TAKEN.
 */
export async function reserveEmail(
  models: EmailKeyStores,
  email: string,
  accountId: string,
): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await models.emailKeys.create({ _id: email, accountId });
      return;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const key = await models.emailKeys.findById(email).lean<EmailKeyDocument>();
      // Already this account's: a change of address retried after a failure half-way.
      if (key?.accountId === accountId) return;
      const owner = key
        ? await models.accounts
            .findById(key.accountId, { deletedAt: 1 })
            .lean<{ deletedAt?: Date | null }>()
        : null;
      if (owner && !owner.deletedAt)
        throw accountErrors.EMAIL_TAKEN(
          {
            fr: 'Un compte existe déjà avec cette adresse e-mail.',
            en: 'An account already exists for this email address.',
          },
          { cause: error },
        );
      if (key) await models.emailKeys.deleteOne({ _id: email, accountId: key.accountId });
    }
  }
  throw accountErrors.EMAIL_TAKEN({
    fr: 'Un compte est en cours de création avec cette adresse e-mail.',
    en: 'An account is being created for this email address.',
  });
}

export async function releaseEmail(
  models: EmailKeyStores,
  email: string,
  accountId: string,
): Promise<void> {
  await models.emailKeys.deleteOne({ _id: email, accountId });
}

/** The account id of an address; accounts created before the keys existed are keyed on first use. */
export async function accountIdByEmail(
  models: EmailKeyStores,
  email: string,
): Promise<string | undefined> {
  const key = await models.emailKeys.findById(email).lean<EmailKeyDocument>();
  if (key) return key.accountId;
  const legacy = await models.accounts.findOne({ email }, { _id: 1 }).lean<{ _id: string }>();
  if (!legacy) return undefined;
  await models.emailKeys.create({ _id: email, accountId: legacy._id }).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error;
  });
  return legacy._id;
}
