import { Schema, type Connection, type Model } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';
import { isDuplicateKeyError } from '@fabrique/service-kit';
import type { Envelope } from '@fabrique/contracts';
import type { Account, Change } from '../domain/account.js';
import { accountErrors } from '../domain/errors.js';
import { accountIdByEmail, type EmailKeyStores } from './email-key.store.js';

export interface AccountDocument extends Omit<Account, 'id'> {
  _id: string;
  /** Pending events (envelopes), removed by the outbox relay once published. */
  outbox: Record<string, unknown>[];
}

const accountSchema = trackPendingOutbox(
  new Schema<AccountDocument>(
    {
      _id: { type: String, required: true },
      email: { type: String, required: true },
      displayName: { type: String, required: true },
      commune: { type: String, required: true },
      locale: { type: String, required: true },
      roles: { type: [String], required: true },
      passwordHash: { type: String, required: true },
      createdAt: { type: Date, required: true },
      deletedAt: { type: Date, default: null },
      tokensValidFrom: { type: Date, default: null },
      emailVerifiedAt: { type: Date, default: null },
      version: { type: Number, required: true },
      // Mixed: envelopes are stored as given (validated by their zod schema, not by mongoose).
      outbox: { type: Schema.Types.Mixed, default: () => [] },
    },
    { collection: 'accounts', versionKey: false, minimize: false },
  ),
);
// The unique email key is the invariant "one account per address" (an atomic insert).
accountSchema.index({ email: 1 }, { unique: true });

export type AccountModel = Model<AccountDocument>;

export function accountModel(connection: Connection): AccountModel {
  return connection.model<AccountDocument>('Account', accountSchema);
}

function toAccount(doc: AccountDocument): Account {
  const {
    _id,
    email,
    displayName,
    commune,
    locale,
    roles,
    passwordHash,
    createdAt,
    deletedAt,
    tokensValidFrom,
    emailVerifiedAt,
    version,
  } = doc;
  return {
    id: _id,
    email,
    displayName,
    commune,
    locale,
    roles,
    passwordHash,
    createdAt,
    deletedAt: deletedAt ?? null,
    tokensValidFrom: tokensValidFrom ?? null,
    emailVerifiedAt: emailVerifiedAt ?? null,
    version,
  };
}

/** Inserts the account with its pending events in one document write. */
export async function insertAccount(
  model: AccountModel,
  { account, events }: Change,
): Promise<void> {
  const { id, ...fields } = account;
  try {
    await model.create({ _id: id, ...fields, outbox: events });
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      throw accountErrors.EMAIL_TAKEN(
        {
          fr: 'Un compte existe déjà avec cette adresse e-mail.',
          en: 'An account already exists for this email address.',
        },
        { cause: error },
      );
    }
    throw error;
  }
}

export async function findAccount(model: AccountModel, id: string): Promise<Account | undefined> {
  const doc = await model.findById(id, { outbox: 0 }).lean<AccountDocument>();
  return doc ? toAccount(doc) : undefined;
}

/** By address: two lookups by `_id` (see email-key.store.ts). */
export async function findAccountByEmail(
  models: EmailKeyStores & { accounts: AccountModel },
  email: string,
): Promise<Account | undefined> {
  const id = await accountIdByEmail(models, email);
  return id ? findAccount(models.accounts, id) : undefined;
}

/**
 * Writes a decided change and its events in one update, only if nobody changed the account
 * since it was read (version check). On MongoDB this is atomic; on FerretDB 1.x the check and
 * the write are not, so two concurrent edits of one account could both pass: acceptable for
 * profile and role edits, never used for an invariant.
 */
export async function saveChange(
  model: AccountModel,
  readVersion: number,
  { account, events }: Change,
): Promise<void> {
  if (events.length === 0) return;
  const { id, ...fields } = account;
  const result = await model.updateOne(
    { _id: id, version: readVersion },
    { $set: fields, $push: { outbox: { $each: events } } },
  );
  if (result.matchedCount === 0) throw accountErrors.EDIT_CONFLICT();
}

/** Appends an event to the account's outbox on its own (a link to email, say). */
export async function appendEvent(model: AccountModel, accountId: string, event: Envelope) {
  await model.updateOne({ _id: accountId }, { $push: { outbox: event } });
}
