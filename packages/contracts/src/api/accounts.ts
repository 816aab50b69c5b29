import { z } from 'zod';
import { ACCESS_TOKEN_ALGORITHM } from '../auth.js';
import { localeSchema, organisationKindSchema, roleSchema } from '../events/accounts.js';
import { instant } from './common.js';

// The accounts service's answers (services/accounts/src/http/views.ts and *.routes.ts).

/** An account as its owner and coordinators read it: never the password hash. */
export const accountResponse = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  commune: z.string().describe('Commune id (slug) of residence'),
  locale: localeSchema,
  roles: z.array(roleSchema),
  createdAt: instant,
  emailVerified: z.boolean().describe('The person proved the address (the link sent at sign-up)'),
  version: z.number().int().describe('Grows with every change of the account'),
});
export type AccountResponse = z.infer<typeof accountResponse>;

/** A looked-up account (`GET /api/accounts?email=`), with the organisations it acts for. */
export const accountLookupResponse = accountResponse.extend({
  organisations: z.array(z.string()).describe('Ids of the organisations it currently acts for'),
});
export type AccountLookupResponse = z.infer<typeof accountLookupResponse>;

/** Signed in: `POST /api/auth/login`, `/api/auth/refresh`, `/api/me/password`. */
export const tokenPairResponse = z.object({
  accessToken: z.string().describe('A JWT to send as `Authorization: Bearer …`'),
  refreshToken: z.string().describe('Exchanged once for a new pair (POST /api/auth/refresh)'),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('Seconds the access token lives'),
});
export type TokenPairResponse = z.infer<typeof tokenPairResponse>;

/** The same answer whoever asks for whichever address (`POST /api/auth/password-reset`). */
export const passwordResetAskedResponse = z.object({ message: z.string() });
export type PasswordResetAskedResponse = z.infer<typeof passwordResetAskedResponse>;

/** One public key that verifies access tokens (RFC 7517; Ed25519, RFC 8037). */
const publicJwkResponse = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().describe('The public key, base64url'),
  kid: z.string().describe('The `kid` of the tokens it verifies'),
  alg: z.literal(ACCESS_TOKEN_ALGORITHM),
  use: z.literal('sig'),
});

/** `GET /api/auth/jwks.json`: the current and the previous period's keys. */
export const jwksResponse = z.object({ keys: z.array(publicJwkResponse) });
export type JwksResponse = z.infer<typeof jwksResponse>;

/** A link went to the new address (`POST /api/me/email`). */
export const emailChangeResponse = z.object({
  pendingEmail: z
    .string()
    .describe('Where the link went; the account keeps its address until then'),
  expiresAt: instant.describe('When the link stops working'),
});
export type EmailChangeResponse = z.infer<typeof emailChangeResponse>;

/** `GET /api/me/export`: everything the network holds about the caller (GDPR art. 15 and 20). */
export const myDataResponse = z.object({
  exportedAt: instant,
  account: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    commune: z.string(),
    locale: localeSchema,
    roles: z.array(roleSchema),
    createdAt: instant,
    deletedAt: instant.nullable(),
    tokensValidFrom: instant
      .nullable()
      .describe('Every session before this moment ended (signed out everywhere, new password)'),
    emailVerifiedAt: instant.nullable().describe('When the person proved the address'),
    version: z.number().int(),
  }),
  organisationMemberships: z.array(
    z.object({
      organisationId: z.string(),
      accountId: z.string(),
      active: z.boolean().describe('Acts for the organisation now'),
      changedAt: instant,
    }),
  ),
  signedInSessions: z
    .array(
      z.object({
        familyId: z.string().describe('One per sign-in, kept through refreshes'),
        createdAt: instant,
        expiresAt: instant,
      }),
    )
    .describe('Live refresh tokens'),
});
export type MyDataResponse = z.infer<typeof myDataResponse>;

/** A member commune of the network. */
export const communeResponse = z.object({
  id: z.string().describe('Its name folded to a slug, e.g. `saint-jean-en-royans`'),
  name: z.string(),
  postalCode: z.string(),
  archivedAt: instant.nullable().describe('Retired: nobody new lives, meets or pays in its name'),
});
export type CommuneResponse = z.infer<typeof communeResponse>;

/** A funder of the network: a town hall (one per commune), a business or an association. */
export const organisationResponse = z.object({
  id: z.string(),
  name: z.string(),
  kind: organisationKindSchema,
  commune: z.string().nullable().describe('Commune id; always set for a municipality'),
  createdAt: instant,
  archivedAt: instant.nullable().describe('Retired: no new members or money in its name'),
});
export type OrganisationResponse = z.infer<typeof organisationResponse>;
