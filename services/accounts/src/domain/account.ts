import {
  accountEmailChangedV1,
  accountEmailVerifiedV1,
  accountDeletedV1,
  accountSignedOutV1,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
  type Envelope,
} from '@fabrique/contracts';
import { accountErrors } from './errors.js';

export const SOURCE = 'fabrique/accounts';

export type Role = 'resident' | 'host' | 'funder' | 'coordinator';
export type Locale = 'fr' | 'en';

export interface Account {
  id: string;
  email: string;
  displayName: string;
  /** Commune id (slug) of residence. */
  commune: string;
  locale: Locale;
  roles: Role[];
  passwordHash: string;
  createdAt: Date;
  deletedAt: Date | null;
  /** Every session before this moment ended (signed out everywhere, password changed). */
  tokensValidFrom: Date | null;
  /** When the person proved `email` is theirs (null: not yet). */
  emailVerifiedAt: Date | null;
  version: number;
}

/** A decision of the domain: the new state and the events to write with it. */
export interface Change {
  account: Account;
  events: Envelope[];
}

export interface Registration {
  email: string;
  displayName: string;
  commune: string;
  locale?: Locale | undefined;
}

const origin = (account: Account) => ({ subject: account.id, source: SOURCE });

/** Emails compare case-insensitively and without surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A new resident account and the event announcing it (written together, DESIGN.md rule 2). */
export function registerAccount(
  input: Registration,
  ids: { accountId: string; passwordHash: string },
  now: Date,
): Change {
  const account: Account = {
    id: ids.accountId,
    email: normaliseEmail(input.email),
    displayName: input.displayName.trim(),
    commune: input.commune,
    locale: input.locale ?? 'fr',
    roles: ['resident'],
    passwordHash: ids.passwordHash,
    createdAt: now,
    deletedAt: null,
    tokensValidFrom: null,
    emailVerifiedAt: null,
    version: 1,
  };
  const { id: accountId, email, displayName, commune, locale, roles } = account;
  const event = accountRegisteredV1.create(
    origin(account),
    { accountId, email, displayName, commune, locale, roles, registeredAt: now.toISOString() },
    now,
  );
  return { account, events: [event] };
}

export interface ProfileChanges {
  displayName?: string | undefined;
  commune?: string | undefined;
  locale?: Locale | undefined;
}

export function updateProfile(current: Account, changes: ProfileChanges, now: Date): Change {
  const account: Account = {
    ...current,
    displayName: changes.displayName?.trim() ?? current.displayName,
    commune: changes.commune ?? current.commune,
    locale: changes.locale ?? current.locale,
    version: current.version + 1,
  };
  const { id: accountId, displayName, commune, locale, version } = account;
  return {
    account,
    events: [
      accountUpdatedV1.create(
        origin(account),
        { accountId, displayName, commune, locale, version },
        now,
      ),
    ],
  };
}

/** Grants and revokes roles; everyone stays a resident. No change, no event. */
export function changeRoles(
  current: Account,
  change: { grant: Role[]; revoke: Role[] },
  by: string,
  now: Date,
): Change {
  if (change.revoke.includes('resident')) throw accountErrors.ROLE_NOT_REVOCABLE();
  const roles = new Set(current.roles);
  const granted = change.grant.filter((role) => !roles.has(role));
  const revoked = change.revoke.filter((role) => roles.has(role) && !change.grant.includes(role));
  if (granted.length === 0 && revoked.length === 0) return { account: current, events: [] };
  for (const role of granted) roles.add(role);
  for (const role of revoked) roles.delete(role);
  const account: Account = { ...current, roles: [...roles], version: current.version + 1 };
  const event = accountRolesChangedV1.create(
    origin(account),
    {
      accountId: account.id,
      roles: account.roles,
      granted,
      revoked,
      changedBy: by,
      version: account.version,
    },
    now,
  );
  return { account, events: [event] };
}

/**
 * Right to erasure: the account keeps its id (ledger entries and bookings refer to it) but
 * loses everything personal, and can no longer sign in.
 */
export function anonymiseAccount(current: Account, now: Date): Change {
  const account: Account = {
    ...current,
    // Still unique (the email index must hold) and never deliverable.
    email: `deleted-${current.id}@invalid`,
    displayName: 'Compte supprimé',
    roles: [],
    passwordHash: '!',
    deletedAt: now,
    version: current.version + 1,
  };
  const event = accountDeletedV1.create(
    origin(account),
    { accountId: account.id, deletedAt: now.toISOString(), version: account.version },
    now,
  );
  return { account, events: [event] };
}

export type SignOutReason = 'everywhere' | 'password-changed' | 'password-reset';

/**
 * Ends every session of the account now: tokens issued until this moment are refused by every
 * service (the event), the next ones start after it. A new password, when given, replaces
 * the old one in the same change.
 */
export function endAllSessions(
  current: Account,
  reason: SignOutReason,
  now: Date,
  passwordHash?: string,
): Change {
  const account: Account = {
    ...current,
    ...(passwordHash !== undefined && { passwordHash }),
    tokensValidFrom: now,
    version: current.version + 1,
  };
  const event = accountSignedOutV1.create(
    origin(account),
    { accountId: account.id, at: now.toISOString(), reason, version: account.version },
    now,
  );
  return { account, events: [event] };
}

/** The address is the person's: tokens issued from now on say so. */
export function verifyEmail(current: Account, now: Date): Change {
  const account: Account = { ...current, emailVerifiedAt: now, version: current.version + 1 };
  const event = accountEmailVerifiedV1.create(
    origin(account),
    {
      accountId: account.id,
      email: account.email,
      verifiedAt: now.toISOString(),
      version: account.version,
    },
    now,
  );
  return { account, events: [event] };
}

/**
 * The address proved by the link sent to it replaces the old one: the account is verified
 * with it, and the event lets notifications tell the old address and services forget it.
 */
export function changeEmail(current: Account, newEmail: string, now: Date): Change {
  const account: Account = {
    ...current,
    email: newEmail,
    emailVerifiedAt: now,
    version: current.version + 1,
  };
  const event = accountEmailChangedV1.create(
    origin(account),
    {
      accountId: account.id,
      email: newEmail,
      previousEmail: current.email,
      changedAt: now.toISOString(),
      version: account.version,
    },
    now,
  );
  return { account, events: [event] };
}
