import { newId } from '@fabrique/contracts';
import {
  commonErrors,
  firstValidIssuedAt,
  hasRole,
  SESSION_ENDED,
  type Principal,
} from '@fabrique/service-kit';
import {
  anonymiseAccount,
  normaliseEmail,
  changeRoles,
  registerAccount,
  updateProfile,
  type Account,
  type ProfileChanges,
  type Registration,
  type Role,
} from '../domain/account.js';
import { communeIdOf } from '../domain/commune.js';
import { newVerificationLink } from './email-verification.js';
import { accountErrors } from '../domain/errors.js';
import { hashPassword } from '../domain/password.js';
import { passwordWeakness } from '../domain/password-policy.js';
import {
  findAccount,
  findAccountByEmail,
  insertAccount,
  saveChange,
} from '../store/account.store.js';
import { findCommune } from '../store/commune.store.js';
import { releaseEmail, reserveEmail } from '../store/email-key.store.js';
import { activeOrganisationsOf, membershipsOf } from '../store/organisation.store.js';
import { revokeAllOf, sessionsOf } from '../tokens/refresh-tokens.js';
import type { AccountsDeps } from './deps.js';

/**
 * Accepts a commune's id or its name ("Vassieux-en-Vercors"); answers its id. An archived
 * commune is not offered for anything new.
 */
export async function knownCommune(deps: AccountsDeps, commune: string): Promise<string> {
  const found = await findCommune(deps.models.communes, communeIdOf(commune));
  if (!found || found.archivedAt)
    throw accountErrors.UNKNOWN_COMMUNE({
      fr: `« ${commune} » ne fait pas partie des communes du réseau (GET /api/communes).`,
      en: `"${commune}" is not one of the network's communes (GET /api/communes).`,
    });
  return found.id;
}

export async function register(
  deps: AccountsDeps,
  input: Registration & { password: string },
): Promise<Account> {
  const weakness = passwordWeakness(input.password, input);
  if (weakness)
    throw accountErrors.WEAK_PASSWORD(weakness, {
      errors: [{ path: 'password', message: weakness }],
    });
  const commune = await knownCommune(deps, input.commune);
  const passwordHash = await hashPassword(input.password);
  const change = registerAccount(
    { ...input, commune },
    { accountId: newId(), passwordHash },
    deps.now(),
  );
  // The link to prove the address goes out with the registration, in the same write.
  change.events.push(await newVerificationLink(deps, change.account));
  await reserveEmail(deps.models, change.account.email, change.account.id);
  await deps.outbox.save(deps.models.accounts, change.account.id, undefined, () =>
    insertAccount(deps.models.accounts, change).catch(async (error: unknown) => {
      await releaseEmail(deps.models, change.account.email, change.account.id);
      throw error;
    }),
  );
  return change.account;
}

/** The live account of the caller (a deleted one can no longer act, even with a valid token). */
export async function accountOf(deps: AccountsDeps, principal: Principal): Promise<Account> {
  const account = await findAccount(deps.models.accounts, principal.accountId);
  if (!account) throw accountErrors.ACCOUNT_NOT_FOUND();
  if (account.deletedAt) throw accountErrors.ACCOUNT_DELETED();
  // Signed out everywhere after this token was issued: checked here at once, by the other
  // services as soon as the event reaches them.
  if (account.tokensValidFrom && principal.issuedAt < firstValidIssuedAt(account.tokensValidFrom))
    throw commonErrors.UNAUTHENTICATED(SESSION_ENDED);
  return account;
}

/** Self or coordinator; anybody else learns nothing, not even whether the id exists. */
export async function readAccount(
  deps: AccountsDeps,
  principal: Principal,
  id: string,
): Promise<Account> {
  if (principal.accountId !== id && !hasRole(principal, 'coordinator'))
    throw commonErrors.FORBIDDEN();
  const account = await findAccount(deps.models.accounts, id);
  if (!account) throw accountErrors.ACCOUNT_NOT_FOUND();
  return account;
}

/**
 * A coordinator's lookup by address: 0 or 1 live account, with the organisations it acts for.
 * Exact match only (no prefix search), so the directory cannot be browsed through it.
 */
export async function lookUpByEmail(
  deps: AccountsDeps,
  email: string,
): Promise<{ account: Account; organisations: string[] }[]> {
  const account = await findAccountByEmail(deps.models, normaliseEmail(email));
  if (!account || account.deletedAt) return [];
  const organisations = await activeOrganisationsOf(deps.models.memberships, account.id);
  return [{ account, organisations }];
}

export async function updateMe(
  deps: AccountsDeps,
  principal: Principal,
  changes: ProfileChanges,
): Promise<Account> {
  const current = await accountOf(deps, principal);
  const commune =
    changes.commune === undefined ? undefined : await knownCommune(deps, changes.commune);
  const change = updateProfile(current, { ...changes, commune }, deps.now());
  await deps.outbox.save(deps.models.accounts, current.id, undefined, () =>
    saveChange(deps.models.accounts, current.version, change),
  );
  return change.account;
}

export async function changeRolesOf(
  deps: AccountsDeps,
  by: string,
  id: string,
  roles: { grant: Role[]; revoke: Role[] },
): Promise<Account> {
  const current = await findAccount(deps.models.accounts, id);
  if (!current || current.deletedAt) throw accountErrors.ACCOUNT_NOT_FOUND();
  const change = changeRoles(current, roles, by, deps.now());
  await deps.outbox.save(deps.models.accounts, current.id, undefined, () =>
    saveChange(deps.models.accounts, current.version, change),
  );
  return change.account;
}

/** The administration command's path: same rules, same event, looked up by email. */
export async function changeRolesByEmail(
  deps: AccountsDeps,
  email: string,
  roles: { grant: Role[]; revoke: Role[] },
): Promise<Account> {
  const account = await findAccountByEmail(deps.models, email.trim().toLowerCase());
  if (!account)
    throw accountErrors.ACCOUNT_NOT_FOUND({
      fr: `Aucun compte pour ${email}.`,
      en: `No account for ${email}.`,
    });
  return changeRolesOf(deps, 'admin-command', account.id, roles);
}

export async function deleteMe(deps: AccountsDeps, principal: Principal): Promise<void> {
  const current = await accountOf(deps, principal);
  await deps.outbox.save(deps.models.accounts, current.id, undefined, () =>
    saveChange(deps.models.accounts, current.version, anonymiseAccount(current, deps.now())),
  );
  await revokeAllOf(deps.models.refreshTokens, current.id);
  // The address may serve a new account from now on.
  await releaseEmail(deps.models, current.email, current.id);
}

/** Everything the network holds about the caller (GDPR art. 15 and 20). */
export async function exportMe(deps: AccountsDeps, principal: Principal) {
  const account = await accountOf(deps, principal);
  const { passwordHash: _hash, ...profile } = account; // the hash never leaves the service
  return {
    exportedAt: deps.now(),
    account: profile,
    memberships: await membershipsOf(deps.models.memberships, account.id),
    sessions: await sessionsOf(deps.models.refreshTokens, account.id),
  };
}
