import { AppError, isDuplicateKeyError, type Principal } from '@fabrique/service-kit';
import { changeEmail, normaliseEmail, type Account } from '../domain/account.js';
import { emailChangeRequested } from '../domain/email-links.js';
import { accountErrors } from '../domain/errors.js';
import {
  appendEvent,
  findAccount,
  findAccountByEmail,
  saveChange,
} from '../store/account.store.js';
import { spendLink, storeLink, type AccountLinkDocument } from '../store/account-link.store.js';
import { releaseEmail, reserveEmail } from '../store/email-key.store.js';
import { accountOf } from './accounts.js';
import { takeAllowance } from './allowance.js';
import type { AccountsDeps } from './deps.js';
import { checkCurrentPassword } from './security.js';

/** A day to open the new mailbox; the old address stays the account's meanwhile. */
export const EMAIL_CHANGE_LINK_TTL_MS = 24 * 3_600_000;
const MAX_REQUESTS = 3;

export interface EmailChangeRequest {
  newEmail: string;
  currentPassword: string;
}

const TAKEN = {
  fr: 'Un autre compte utilise déjà cette adresse.',
  en: 'Another account already has this address.',
};

async function refuseTaken(deps: AccountsDeps, email: string): Promise<void> {
  const owner = await findAccountByEmail(deps.models, email);
  if (owner && !owner.deletedAt)
    throw accountErrors.EMAIL_TAKEN(TAKEN, { errors: [{ path: 'newEmail', message: TAKEN }] });
}

/**
 * « Changer d'adresse »: with the current password (whoever holds a session must not be able
 * to take the account away), a single-use link goes to the new address; nothing changes until
 * it is followed. Only the latest link works (an earlier one may carry a mistyped address).
 */
export async function requestEmailChange(
  deps: AccountsDeps,
  principal: Principal,
  input: EmailChangeRequest,
  ip: string,
): Promise<{ newEmail: string; expiresAt: Date }> {
  const current = await accountOf(deps, principal);
  await checkCurrentPassword(deps, current, input.currentPassword, ip);
  const newEmail = normaliseEmail(input.newEmail);
  if (newEmail === current.email) throw accountErrors.EMAIL_UNCHANGED();
  await refuseTaken(deps, newEmail);
  await takeAllowance(
    deps,
    [{ key: `change-email:${current.id}`, max: MAX_REQUESTS }],
    accountErrors.TOO_MANY_EMAIL_CHANGE_REQUESTS,
  );
  await deps.models.accountLinks.deleteMany({ accountId: current.id, purpose: 'change-email' });
  const now = deps.now();
  const link = await storeLink(
    deps.models.accountLinks,
    { purpose: 'change-email', accountId: current.id, email: newEmail },
    EMAIL_CHANGE_LINK_TTL_MS,
    now,
  );
  const event = emailChangeRequested(current, newEmail, link, now);
  await deps.outbox.save(deps.models.accounts, current.id, undefined, () =>
    appendEvent(deps.models.accounts, current.id, event),
  );
  return { newEmail, expiresAt: link.expiresAt };
}

/** Writes the new address, reading the account again once if it changed since `read`. */
async function saveNewEmail(deps: AccountsDeps, read: Account, email: string) {
  let account: Account | undefined = read;
  for (let attempt = 0; ; attempt += 1) {
    if (attempt > 0) account = await findAccount(deps.models.accounts, read.id);
    if (!account || account.deletedAt) throw accountErrors.VERIFICATION_LINK_INVALID();
    try {
      await saveChange(
        deps.models.accounts,
        account.version,
        changeEmail(account, email, deps.now()),
      );
      return account;
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw accountErrors.EMAIL_TAKEN({
          fr: 'Un autre compte a pris cette adresse entre-temps.',
          en: 'Another account took this address meanwhile.',
        });
      const conflict = error instanceof AppError && error.code === 'EDIT_CONFLICT';
      if (!conflict || attempt > 0) throw error;
    }
  }
}

/**
 * The link followed from the new mailbox: spent once (the atomic delete decides between two
 * clicks), then the new address is reserved (its unique key: one account per address), written
 * and verified, and the old one released. Links sent to the old address stop working.
 * Notifications tells the old address (accounts.account.email-changed.v1).
 */
export async function changeEmailWithLink(
  deps: AccountsDeps,
  link: AccountLinkDocument,
  token: string,
): Promise<void> {
  const account: Account | undefined = await findAccount(deps.models.accounts, link.accountId);
  if (!account || account.deletedAt || !(await spendLink(deps.models.accountLinks, token)))
    throw accountErrors.VERIFICATION_LINK_INVALID();
  await reserveEmail(deps.models, link.email, account.id);
  const previous = await deps.outbox
    .save(deps.models.accounts, account.id, undefined, () =>
      saveNewEmail(deps, account, link.email),
    )
    .catch(async (error: unknown) => {
      await releaseEmail(deps.models, link.email, account.id);
      throw error;
    });
  await releaseEmail(deps.models, previous.email, account.id);
  await deps.models.accountLinks.deleteMany({
    accountId: account.id,
    purpose: { $in: ['password-reset', 'verify-email'] },
  });
}
