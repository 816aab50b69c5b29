import type { Account } from '../domain/account.js';
import type { Organisation } from '../domain/organisation.js';
import type { AccountLookupView, AccountView } from './schemas.js';

/** What an account looks like on the wire: never the password hash. */
export function accountToView(account: Account): AccountView {
  const { id, email, displayName, commune, locale, roles, createdAt, version } = account;
  return {
    id,
    email,
    displayName,
    commune,
    locale,
    roles,
    createdAt: createdAt.toISOString(),
    emailVerified: account.emailVerifiedAt !== null,
    version,
  };
}

export function lookupToView(found: {
  account: Account;
  organisations: string[];
}): AccountLookupView {
  return { ...accountToView(found.account), organisations: found.organisations };
}

export function organisationToView(organisation: Organisation) {
  return {
    ...organisation,
    createdAt: organisation.createdAt.toISOString(),
    archivedAt: organisation.archivedAt?.toISOString() ?? null,
  };
}
