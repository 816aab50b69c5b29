import type { TokenPairResponse } from '@fabrique/contracts';
import { accountErrors } from '../domain/errors.js';
import { normaliseEmail, type Account } from '../domain/account.js';
import { hashPassword, verifyPassword } from '../domain/password.js';
import { findAccount, findAccountByEmail } from '../store/account.store.js';
import { clearFailures, failuresSince, recordFailure } from '../store/login-failure.store.js';
import { activeOrganisationsOf } from '../store/organisation.store.js';
import { signAccessToken } from '../tokens/access-token.js';
import {
  consumeRefreshToken,
  issueRefreshToken,
  revokeFamilyOf,
} from '../tokens/refresh-tokens.js';
import { retryDetail } from './allowance.js';
import type { AccountsDeps } from './deps.js';

export type TokenPair = TokenPairResponse;

// Verifying against this when the email is unknown makes both failures take as long.
const dummyHash = hashPassword('no account has this password, it only burns time');

export async function issueTokens(
  deps: AccountsDeps,
  account: Account,
  familyId?: string,
): Promise<TokenPair> {
  const now = deps.now();
  const { accessTokenTtlSeconds, refreshTokenTtlSeconds } = deps.signIn;
  const orgs = await activeOrganisationsOf(deps.models.memberships, account.id);
  const claims = {
    sub: account.id,
    roles: account.roles,
    commune: account.commune,
    orgs,
    email_verified: account.emailVerifiedAt !== null,
  };
  const accessToken = await signAccessToken(
    claims,
    await deps.keyRing.signingKey(),
    accessTokenTtlSeconds,
    now,
    account.tokensValidFrom,
  );
  const grant = { accountId: account.id, ...(familyId !== undefined && { familyId }) };
  const refreshToken = await issueRefreshToken(
    deps.models.refreshTokens,
    grant,
    refreshTokenTtlSeconds,
    now,
  );
  return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: accessTokenTtlSeconds };
}

export async function refuseWhenThrottled(
  deps: AccountsDeps,
  keys: { account: string; ip: string },
): Promise<void> {
  const { throttleWindowMs, maxFailuresPerAccount, maxFailuresPerIp } = deps.signIn;
  const since = new Date(deps.now().getTime() - throttleWindowMs);
  const [byAccount, byIp] = await Promise.all([
    failuresSince(deps.models.loginFailures, keys.account, since),
    failuresSince(deps.models.loginFailures, keys.ip, since),
  ]);
  if (byAccount >= maxFailuresPerAccount || byIp >= maxFailuresPerIp) {
    throw accountErrors.TOO_MANY_ATTEMPTS(retryDetail(deps));
  }
}

async function passwordMatches(account: Account | undefined, password: string): Promise<boolean> {
  if (!account || account.deletedAt) {
    await verifyPassword(password, await dummyHash);
    return false;
  }
  return verifyPassword(password, account.passwordHash);
}

/** One uniform answer for unknown email, wrong password or deleted account (no enumeration). */
export async function login(
  deps: AccountsDeps,
  input: { email: string; password: string; ip: string },
): Promise<TokenPair> {
  const email = normaliseEmail(input.email);
  const keys = { account: `account:${email}`, ip: `ip:${input.ip}` };
  await refuseWhenThrottled(deps, keys);
  const account = await findAccountByEmail(deps.models, email);
  if (!account || !(await passwordMatches(account, input.password))) {
    await recordFailure(deps.models.loginFailures, [keys.account, keys.ip], deps.now());
    throw accountErrors.INVALID_CREDENTIALS();
  }
  await clearFailures(deps.models.loginFailures, keys.account);
  return issueTokens(deps, account);
}

/** Rotation: the old refresh token is spent, a new one of the same family comes back. */
export async function refresh(deps: AccountsDeps, refreshToken: string): Promise<TokenPair> {
  const grant = await consumeRefreshToken(deps.models.refreshTokens, refreshToken, deps.now());
  const account = await findAccount(deps.models.accounts, grant.accountId);
  if (!account || account.deletedAt) throw accountErrors.INVALID_REFRESH_TOKEN();
  return issueTokens(deps, account, grant.familyId);
}

export async function logout(deps: AccountsDeps, refreshToken: string): Promise<void> {
  await revokeFamilyOf(deps.models.refreshTokens, refreshToken);
}
