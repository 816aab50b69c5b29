import type {
  AccountLookupResponse,
  AccountResponse,
  CommuneResponse,
  EmailChangeResponse,
  MyDataResponse,
  OrganisationResponse,
} from '@fabrique/contracts';
import type { Account } from '../domain/account.js';
import type { Commune } from '../domain/commune.js';
import type { Membership, Organisation } from '../domain/organisation.js';

/** What an account looks like on the wire: never the password hash. */
export function accountToView(account: Account): AccountResponse {
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
}): AccountLookupResponse {
  return { ...accountToView(found.account), organisations: found.organisations };
}

export function organisationToView(organisation: Organisation): OrganisationResponse {
  const { id, name, kind, commune } = organisation;
  return {
    id,
    name,
    kind,
    commune,
    createdAt: organisation.createdAt.toISOString(),
    archivedAt: organisation.archivedAt?.toISOString() ?? null,
  };
}

export const communeToView = ({ id, name, postalCode, archivedAt }: Commune): CommuneResponse => ({
  id,
  name,
  postalCode,
  archivedAt: archivedAt?.toISOString() ?? null,
});

export const emailChangeToView = (asked: {
  newEmail: string;
  expiresAt: Date;
}): EmailChangeResponse => ({
  pendingEmail: asked.newEmail,
  expiresAt: asked.expiresAt.toISOString(),
});

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** Everything the network holds about the person (GDPR art. 15 and 20), as sent. */
export function myDataToView(data: {
  exportedAt: Date;
  account: Omit<Account, 'passwordHash'>;
  memberships: Membership[];
  sessions: { familyId: string; createdAt: Date; expiresAt: Date }[];
}): MyDataResponse {
  const { id, email, displayName, commune, locale, roles, version } = data.account;
  return {
    exportedAt: data.exportedAt.toISOString(),
    account: {
      id,
      email,
      displayName,
      commune,
      locale,
      roles,
      createdAt: data.account.createdAt.toISOString(),
      deletedAt: iso(data.account.deletedAt),
      tokensValidFrom: iso(data.account.tokensValidFrom),
      emailVerifiedAt: iso(data.account.emailVerifiedAt),
      version,
    },
    organisationMemberships: data.memberships.map((m) => ({
      ...m,
      changedAt: m.changedAt.toISOString(),
    })),
    signedInSessions: data.sessions.map((s) => ({
      familyId: s.familyId,
      createdAt: s.createdAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
    })),
  };
}
