import { z } from 'zod';
import { LOCALES } from '../localized.js';
import { defineEvent } from '../define-event.js';

export const ROLES = ['resident', 'host', 'funder', 'coordinator'] as const;
export const roleSchema = z.enum(ROLES);
export const localeSchema = z.enum(LOCALES);
export const ORGANISATION_KINDS = ['municipality', 'business', 'association'] as const;
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);

const timestamp = z.iso.datetime({ offset: true });

/**
 * A person joined the network. Carries what other services need to address and attribute
 * them (notifications need the email and locale; bookings and funds the commune id).
 */
export const accountRegisteredV1 = defineEvent(
  'fabrique.accounts.account.registered.v1',
  z.object({
    accountId: z.string(),
    email: z.string(),
    displayName: z.string(),
    commune: z.string(),
    locale: localeSchema,
    roles: z.array(roleSchema),
    registeredAt: timestamp,
  }),
);

/** Profile changed; `version` orders updates of one account (consumers keep the highest). */
export const accountUpdatedV1 = defineEvent(
  'fabrique.accounts.account.updated.v1',
  z.object({
    accountId: z.string(),
    displayName: z.string(),
    commune: z.string(),
    locale: localeSchema,
    version: z.number().int().positive(),
  }),
);

/** Roles granted or revoked: `roles` is the full set after the change. */
export const accountRolesChangedV1 = defineEvent(
  'fabrique.accounts.account.roles-changed.v1',
  z.object({
    accountId: z.string(),
    roles: z.array(roleSchema),
    granted: z.array(roleSchema),
    revoked: z.array(roleSchema),
    changedBy: z.string(),
    version: z.number().int().positive(),
  }),
);

/** The person deleted their account: every service anonymises what it holds about them. */
export const accountDeletedV1 = defineEvent(
  'fabrique.accounts.account.deleted.v1',
  z.object({
    accountId: z.string(),
    deletedAt: timestamp,
    version: z.number().int().positive(),
  }),
);

export const SIGN_OUT_REASONS = ['everywhere', 'password-changed', 'password-reset'] as const;

/**
 * Every session of the account ended at `at`: its refresh tokens are revoked, and every
 * service refuses its access tokens issued before that moment (the person asked, or their
 * password changed). Tokens issued afterwards carry a later `iat` and are accepted.
 */
export const accountSignedOutV1 = defineEvent(
  'fabrique.accounts.account.signed-out.v1',
  z.object({
    accountId: z.string(),
    at: timestamp,
    reason: z.enum(SIGN_OUT_REASONS),
    version: z.number().int().positive(),
  }),
);

/**
 * Someone asked for a new password for this account: notifications emails the link. The
 * token is the link's secret; it travels in this event only (accounts keeps its hash), works
 * once, and expires at `expiresAt` (30 minutes).
 */
export const passwordResetRequestedV1 = defineEvent(
  'fabrique.accounts.password-reset.requested.v1',
  z.object({
    accountId: z.string(),
    token: z.string().min(32),
    expiresAt: timestamp,
  }),
);

/**
 * A link to prove an address: at sign-up, or when the person asks again. Like the password
 * link, its secret travels in this event only; it works once, until `expiresAt` (48 hours).
 */
export const emailVerificationRequestedV1 = defineEvent(
  'fabrique.accounts.email-verification.requested.v1',
  z.object({
    accountId: z.string(),
    email: z.string(),
    token: z.string().min(32),
    expiresAt: timestamp,
  }),
);

/** The person proved the address: tokens issued from now on say `email_verified`. */
export const accountEmailVerifiedV1 = defineEvent(
  'fabrique.accounts.account.email-verified.v1',
  z.object({
    accountId: z.string(),
    email: z.string(),
    verifiedAt: timestamp,
    version: z.number().int().positive(),
  }),
);

/**
 * The person asked to use another address: notifications emails the link to that new
 * address (the old one stays the account's until the link is followed). Its secret travels in
 * this event only; it works once, until `expiresAt` (24 hours).
 */
export const emailChangeRequestedV1 = defineEvent(
  'fabrique.accounts.email-change.requested.v1',
  z.object({
    accountId: z.string(),
    newEmail: z.string(),
    token: z.string().min(32),
    expiresAt: timestamp,
  }),
);

/**
 * The account's address is now `email`, proved by the link sent there; `previousEmail` is told
 * (notifications) and forgotten by every service that kept it.
 */
export const accountEmailChangedV1 = defineEvent(
  'fabrique.accounts.account.email-changed.v1',
  z.object({
    accountId: z.string(),
    email: z.string(),
    previousEmail: z.string(),
    changedAt: timestamp,
    version: z.number().int().positive(),
  }),
);

export const organisationCreatedV1 = defineEvent(
  'fabrique.accounts.organisation.created.v1',
  z.object({
    organisationId: z.string(),
    name: z.string(),
    kind: organisationKindSchema,
    commune: z.string().nullable(),
    createdAt: timestamp,
  }),
);

/** A coordinator retired an organisation: no new members, no new money in its name. */
export const organisationArchivedV1 = defineEvent(
  'fabrique.accounts.organisation.archived.v1',
  z.object({ organisationId: z.string(), archivedBy: z.string(), archivedAt: timestamp }),
);

/** One of the network's communes (venues, residents and town halls belong to one). */
export const communeAddedV1 = defineEvent(
  'fabrique.accounts.commune.added.v1',
  z.object({ communeId: z.string(), name: z.string(), postalCode: z.string() }),
);

/** A commune left the network's choices: nothing new in it; what it holds stays. */
export const communeArchivedV1 = defineEvent(
  'fabrique.accounts.commune.archived.v1',
  z.object({ communeId: z.string(), archivedBy: z.string(), archivedAt: timestamp }),
);

/** A person starts or stops acting for an organisation (e.g. a town hall's treasurer). */
export const organisationMembershipChangedV1 = defineEvent(
  'fabrique.accounts.organisation.membership-changed.v1',
  z.object({
    organisationId: z.string(),
    accountId: z.string(),
    active: z.boolean(),
    changedBy: z.string(),
    changedAt: timestamp,
  }),
);
