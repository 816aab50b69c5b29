import { normaliseEmail } from '../domain/account.js';
import { passwordResetRequested } from '../domain/email-links.js';
import { accountErrors } from '../domain/errors.js';
import { appendEvent, findAccount, findAccountByEmail } from '../store/account.store.js';
import { liveLink, spendLink, storeLink } from '../store/account-link.store.js';
import { takeAllowance } from './allowance.js';
import type { AccountsDeps } from './deps.js';
import { assertStrongNewPassword, replacePassword } from './security.js';

/** A link is good for half an hour (long enough to find the email, short if it leaks). */
export const RESET_LINK_TTL_MS = 30 * 60_000;
/** Asking is counted like failed sign-ins, per address and per IP, over the same window. */
const MAX_REQUESTS_PER_ADDRESS = 3;
const MAX_REQUESTS_PER_IP = 30;

/**
 * « Mot de passe oublié »: the same answer whether an account has this address or not (the
 * caller learns nothing); when one has, a single-use link valid 30 minutes goes to it by email
 * (the event to notifications). The limits count the address asked for, known or not.
 */
export async function requestPasswordReset(
  deps: AccountsDeps,
  input: { email: string; ip: string },
): Promise<void> {
  const email = normaliseEmail(input.email);
  await takeAllowance(
    deps,
    [
      { key: `reset:${email}`, max: MAX_REQUESTS_PER_ADDRESS },
      { key: `reset-ip:${input.ip}`, max: MAX_REQUESTS_PER_IP },
    ],
    accountErrors.TOO_MANY_RESET_REQUESTS,
  );
  const account = await findAccountByEmail(deps.models, email);
  if (!account || account.deletedAt) return;
  const now = deps.now();
  const link = await storeLink(
    deps.models.accountLinks,
    { purpose: 'password-reset', accountId: account.id, email: account.email },
    RESET_LINK_TTL_MS,
    now,
  );
  const event = passwordResetRequested(account, link, now);
  await deps.outbox.save(deps.models.accounts, account.id, undefined, () =>
    appendEvent(deps.models.accounts, account.id, event),
  );
}

/**
 * The link's new password: checked by the same policy before the link is spent (a weak one
 * can be retyped), then the link is spent once, the password replaced, every session ended,
 * and the person told by email.
 */
export async function resetPassword(
  deps: AccountsDeps,
  input: { token: string; newPassword: string },
): Promise<void> {
  const link = await liveLink(deps.models.accountLinks, input.token, 'password-reset', deps.now());
  const account = link && (await findAccount(deps.models.accounts, link.accountId));
  if (!link || !account || account.deletedAt) throw accountErrors.RESET_LINK_INVALID();
  assertStrongNewPassword(input.newPassword, account);
  if (!(await spendLink(deps.models.accountLinks, input.token)))
    throw accountErrors.RESET_LINK_INVALID();
  await replacePassword(deps, account, 'password-reset', input.newPassword);
  // Another link asked for earlier must not open the account again.
  await deps.models.accountLinks.deleteMany({ accountId: account.id, purpose: 'password-reset' });
}
