import {
  emailChangeRequestedV1,
  emailVerificationRequestedV1,
  passwordResetRequestedV1,
  type Envelope,
} from '@fabrique/contracts';
import { SOURCE, type Account } from './account.js';

/**
 * A single-use link just stored by its hash: its secret leaves only in the event that takes
 * it to notifications (to be emailed), never in a response or a log.
 */
export interface EmailLink {
  token: string;
  expiresAt: Date;
}

const origin = (account: Pick<Account, 'id'>) => ({ subject: account.id, source: SOURCE });

/** A link to prove the account's address (at sign-up, or asked again). */
export function verificationRequested(
  account: Pick<Account, 'id' | 'email'>,
  { token, expiresAt }: EmailLink,
  now: Date,
): Envelope {
  return emailVerificationRequestedV1.create(
    origin(account),
    { accountId: account.id, email: account.email, token, expiresAt: expiresAt.toISOString() },
    now,
  );
}

/** A link sent to a new address: following it makes that address the account's. */
export function emailChangeRequested(
  account: Pick<Account, 'id'>,
  newEmail: string,
  { token, expiresAt }: EmailLink,
  now: Date,
): Envelope {
  return emailChangeRequestedV1.create(
    origin(account),
    { accountId: account.id, newEmail, token, expiresAt: expiresAt.toISOString() },
    now,
  );
}

/** A link to choose a new password, sent to the account's address. */
export function passwordResetRequested(
  account: Pick<Account, 'id'>,
  { token, expiresAt }: EmailLink,
  now: Date,
): Envelope {
  return passwordResetRequestedV1.create(
    origin(account),
    { accountId: account.id, token, expiresAt: expiresAt.toISOString() },
    now,
  );
}
