import type { Envelope } from '@fabrique/contracts';
import type { Principal } from '@fabrique/service-kit';
import { normaliseEmail, verifyEmail, type Account } from '../domain/account.js';
import { verificationRequested } from '../domain/email-links.js';
import { accountErrors } from '../domain/errors.js';
import {
  appendEvent,
  findAccount,
  findAccountByEmail,
  saveChange,
} from '../store/account.store.js';
import { liveLink, spendLink, storeLink, type LinkPurpose } from '../store/account-link.store.js';
import { accountOf } from './accounts.js';
import { takeAllowance } from './allowance.js';
import { changeEmailWithLink } from './email-change.js';
import type { AccountsDeps } from './deps.js';

/** Two days: time to find the email after a weekend, short enough to retire stale ones. */
export const VERIFICATION_LINK_TTL_MS = 48 * 3_600_000;
const MAX_RESENDS = 3;

/**
 * A new link for the account's address, stored by its hash; the event carrying its secret to
 * notifications is returned, to be written with the account (sign-up) or on its own (resend).
 */
export async function newVerificationLink(deps: AccountsDeps, account: Account): Promise<Envelope> {
  const now = deps.now();
  const link = await storeLink(
    deps.models.accountLinks,
    { purpose: 'verify-email', accountId: account.id, email: account.email },
    VERIFICATION_LINK_TTL_MS,
    now,
  );
  return verificationRequested(account, link, now);
}

/**
 * The emailed link: spent once; proves the address it was sent to, if the account still has
 * that address, or makes a new address (a change's link) the account's. Works signed in or not
 * (the link is the proof).
 */
export async function verifyWithLink(deps: AccountsDeps, token: string): Promise<void> {
  const purposes: LinkPurpose[] = ['verify-email', 'change-email'];
  const link = await liveLink(deps.models.accountLinks, token, purposes, deps.now());
  if (link?.purpose === 'change-email') return changeEmailWithLink(deps, link, token);
  const account = link && (await findAccount(deps.models.accounts, link.accountId));
  if (!link || !account || account.deletedAt || account.email !== link.email)
    throw accountErrors.VERIFICATION_LINK_INVALID();
  if (!(await spendLink(deps.models.accountLinks, token)))
    throw accountErrors.VERIFICATION_LINK_INVALID();
  if (account.emailVerifiedAt) return;
  await deps.outbox.save(deps.models.accounts, account.id, undefined, () =>
    saveChange(deps.models.accounts, account.version, verifyEmail(account, deps.now())),
  );
}

/** « Renvoyer le lien »: a fresh link, three times per window at most. */
export async function resendVerification(deps: AccountsDeps, principal: Principal): Promise<void> {
  const account = await accountOf(deps, principal);
  if (account.emailVerifiedAt) throw accountErrors.EMAIL_ALREADY_VERIFIED();
  await takeAllowance(
    deps,
    [{ key: `verify:${account.id}`, max: MAX_RESENDS }],
    accountErrors.TOO_MANY_VERIFICATION_REQUESTS,
  );
  const event = await newVerificationLink(deps, account);
  await deps.outbox.save(deps.models.accounts, account.id, undefined, () =>
    appendEvent(deps.models.accounts, account.id, event),
  );
}

/**
 * An operator vouches for an address (the person showed it at the town hall; or the demo
 * network): the same change and event as following the link.
 */
export async function verifyByEmail(deps: AccountsDeps, email: string): Promise<Account> {
  const account = await findAccountByEmail(deps.models, normaliseEmail(email));
  if (!account || account.deletedAt) throw accountErrors.ACCOUNT_NOT_FOUND();
  if (account.emailVerifiedAt) return account;
  const change = verifyEmail(account, deps.now());
  await deps.outbox.save(deps.models.accounts, account.id, undefined, () =>
    saveChange(deps.models.accounts, account.version, change),
  );
  return change.account;
}
