import { Schema, type Connection, type Model } from 'mongoose';
import type { Envelope } from '@fabrique/contracts';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import type { Account } from '../domain/account.js';
import { accountErrors } from '../http/account.errors.js';

export interface AccountDocument extends Omit<Account, 'id'> {
  _id: string;
  /** Pending events (envelopes), removed by the outbox relay once published. */
  outbox: Record<string, unknown>[];
}

const accountSchema = new Schema<AccountDocument>(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    commune: { type: String, required: true },
    locale: { type: String, required: true },
    roles: { type: [String], required: true },
    passwordHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    version: { type: Number, required: true },
    // Mixed: envelopes are stored as given (validated by their zod schema, not by mongoose).
    outbox: { type: Schema.Types.Mixed, default: () => [] },
  },
  { collection: 'accounts', versionKey: false, minimize: false },
);
// The unique email key is the invariant "one account per address" (an atomic insert).
accountSchema.index({ email: 1 }, { unique: true });

export type AccountModel = Model<AccountDocument>;

export function accountModel(connection: Connection): AccountModel {
  return connection.model<AccountDocument>('Account', accountSchema);
}

/** Inserts the account with its pending events in one document write. */
export async function insertAccount(
  model: AccountModel,
  account: Account,
  events: Envelope[],
): Promise<void> {
  const { id, ...fields } = account;
  try {
    await model.create({ _id: id, ...fields, outbox: events });
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      throw accountErrors.EMAIL_TAKEN('An account already exists for this email address.', {
        cause: error,
      });
    }
    throw error;
  }
}
