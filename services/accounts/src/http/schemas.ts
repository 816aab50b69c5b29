import { z } from 'zod';
import {
  localeSchema,
  organisationKindSchema,
  roleSchema,
  schemaMessage,
} from '@fabrique/contracts';
import { pageQuery, pathParams } from '@fabrique/service-kit';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_REASONS,
} from '../domain/password-policy.js';

// Request bodies are strict (unknown fields rejected) and bounded; the password policy itself
// lives in the domain so that its reasons are worded once.
const email = z.string().trim().max(254).pipe(z.email());
const displayName = z.string().trim().min(1).max(80);
const commune = z.string().trim().min(1).max(100);

export const registrationBody = z.strictObject({
  email,
  // Checked here too so that a form gets this mistake listed with the others.
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, schemaMessage(PASSWORD_REASONS.tooShort))
    .max(PASSWORD_MAX_LENGTH),
  displayName,
  commune,
  locale: localeSchema.optional(),
});

export const profilePatchBody = z
  .strictObject({
    displayName: displayName.optional(),
    commune: commune.optional(),
    locale: localeSchema.optional(),
  })
  .refine(
    (body) => Object.keys(body).length > 0,
    schemaMessage({
      fr: 'Envoyez au moins un champ à modifier.',
      en: 'Send at least one field to change.',
    }),
  );

export const rolesBody = z
  .strictObject({
    grant: z.array(roleSchema).max(4).default([]),
    revoke: z.array(roleSchema).max(4).default([]),
  })
  .refine(
    (body) => body.grant.length + body.revoke.length > 0,
    schemaMessage({
      fr: 'Accordez ou retirez au moins un rôle.',
      en: 'Grant or revoke at least one role.',
    }),
  );

/** Coordinators look a person up by their exact address (compared case-insensitively). */
export const accountLookupQuery = pageQuery.extend({ email });

/** Bounded like sign-in; the policy (length, common passwords) is checked by the use case. */
export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

/** A new address, with the current password (what guards taking the account away). */
export const emailChangeBody = z.strictObject({
  newEmail: email,
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const verifyEmailBody = z.strictObject({ token: z.string().min(32).max(100) });

export const resetRequestBody = z.strictObject({
  email: z.string().trim().min(3).max(254),
});

export const resetConfirmBody = z.strictObject({
  token: z.string().min(32).max(100),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const loginBody = z.strictObject({
  email,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export const refreshBody = z.strictObject({ refreshToken: z.string().min(20).max(200) });

/**
 * A commune's official name: letters (accents included), spaces, hyphens, apostrophes and
 * dots, starting with a letter ("L'Abergement-de-Cuisery", "Y"). No control characters.
 */
const communeName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(
    /^\p{L}[\p{L}\p{M} '’.-]*$/u,
    schemaMessage({
      fr: 'Lettres, espaces, traits d’union et apostrophes seulement',
      en: 'Letters, spaces, hyphens and apostrophes only',
    }),
  );

/** Five digits starting with a département number: 01 to 95, 97 or 98 (Corsica is 20). */
const postalCode = z
  .string()
  .regex(
    /^(?:0[1-9]|[1-8]\d|9[0-578])\d{3}$/,
    schemaMessage({ fr: 'Un code postal français', en: 'A French postal code' }),
  );

export const communeBody = z.strictObject({ name: communeName, postalCode });

export const organisationBody = z.strictObject({
  name: z.string().trim().min(2).max(120),
  kind: organisationKindSchema,
  commune: commune.optional(),
});

/** Route parameters: ids are opaque, bounded loosely (an unknown one meets its 404). */
export const idParams = pathParams('id');
export const membershipParams = pathParams('id', 'accountId');
