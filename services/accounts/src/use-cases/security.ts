import type { Principal } from '@fabrique/service-kit';
import { endAllSessions, type Account } from '../domain/account.js';
import { accountErrors } from '../domain/errors.js';
import { hashPassword, verifyPassword } from '../domain/password.js';
import { passwordWeakness } from '../domain/password-policy.js';
import { saveChange } from '../store/account.store.js';
import { clearFailures, recordFailure } from '../store/login-failure.store.js';
import { revokeAllOf } from '../tokens/refresh-tokens.js';
import { accountOf } from './accounts.js';
import type { AccountsDeps } from './deps.js';
import { issueTokens, refuseWhenThrottled, type TokenPair } from './sign-in.js';

/**
 * A phone left at the village hall: every session of the account ends now — its refresh
 * tokens are revoked, and its access tokens refused by accounts at once and by every other
 * service as soon as `accounts.account.signed-out.v1` reaches it.
 */
export async function signOutEverywhere(deps: AccountsDeps, principal: Principal): Promise<void> {
  const current = await accountOf(deps, principal);
  await deps.outbox.save(deps.models.accounts, current.id, undefined, () =>
    saveChange(
      deps.models.accounts,
      current.version,
      endAllSessions(current, 'everywhere', deps.now()),
    ),
  );
  await revokeAllOf(deps.models.refreshTokens, current.id);
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * A new password, given the current one (checkCurrentPassword). Every other session ends; this device
 * gets a fresh pair of tokens and stays signed in. The person is told by email.
 */
export async function changePassword(
  deps: AccountsDeps,
  principal: Principal,
  input: PasswordChange,
  ip: string,
): Promise<TokenPair> {
  const current = await accountOf(deps, principal);
  await checkCurrentPassword(deps, current, input.currentPassword, ip);
  assertStrongNewPassword(input.newPassword, current);
  return issueTokens(
    deps,
    await replacePassword(deps, current, 'password-changed', input.newPassword),
  );
}

/**
 * The person at the keyboard knows the password: what guards a change that could take the
 * account away (its password, its address). A wrong one counts like a failed sign-in, so a
 * borrowed session cannot be used to try passwords.
 */
export async function checkCurrentPassword(
  deps: AccountsDeps,
  account: Account,
  password: string,
  ip: string,
): Promise<void> {
  const keys = { account: `account:${account.email}`, ip: `ip:${ip}` };
  await refuseWhenThrottled(deps, keys);
  if (!(await verifyPassword(password, account.passwordHash))) {
    await recordFailure(deps.models.loginFailures, [keys.account, keys.ip], deps.now());
    throw accountErrors.CURRENT_PASSWORD_WRONG(undefined, {
      errors: [
        {
          path: 'currentPassword',
          message: {
            fr: 'Ce n’est pas le mot de passe actuel.',
            en: 'The current password is not right.',
          },
        },
      ],
    });
  }
  await clearFailures(deps.models.loginFailures, keys.account);
}

/** The sign-up policy, for a new password (the field is `newPassword`). */
export function assertStrongNewPassword(password: string, account: Account): void {
  const weakness = passwordWeakness(password, account);
  if (weakness)
    throw accountErrors.WEAK_PASSWORD(weakness, {
      errors: [{ path: 'newPassword', message: weakness }],
    });
}

/** A new password in force: every session ends (event, refresh tokens), the owner is told. */
export async function replacePassword(
  deps: AccountsDeps,
  account: Account,
  reason: 'password-changed' | 'password-reset',
  password: string,
): Promise<Account> {
  const change = endAllSessions(account, reason, deps.now(), await hashPassword(password));
  await deps.outbox.save(deps.models.accounts, account.id, undefined, () =>
    saveChange(deps.models.accounts, account.version, change),
  );
  await revokeAllOf(deps.models.refreshTokens, account.id);
  return change.account;
}
