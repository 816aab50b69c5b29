import { z } from 'zod';
import { defineEvent } from '../define-event.js';

export const ROLES = ['resident', 'host', 'funder', 'coordinator'] as const;
export const roleSchema = z.enum(ROLES);
export const LOCALES = ['fr', 'en'] as const;
export const localeSchema = z.enum(LOCALES);

/**
 * A person joined the network. Carries what other services need to address and attribute
 * them (notifications need the email and locale; bookings and funds the commune).
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
    registeredAt: z.iso.datetime({ offset: true }),
  }),
);
