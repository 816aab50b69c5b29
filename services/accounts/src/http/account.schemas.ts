import { z } from 'zod';
import { localeSchema } from '@fabrique/contracts';

export const PASSWORD_MIN_LENGTH = 12;

export const registrationBody = z.strictObject({
  email: z.string().trim().max(254).pipe(z.email()),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(256),
  displayName: z.string().trim().min(1).max(80),
  commune: z.string().trim().min(1).max(100),
  locale: localeSchema.optional(),
});

export const accountView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  commune: z.string(),
  locale: localeSchema,
  roles: z.array(z.string()),
  createdAt: z.iso.datetime(),
});

export type AccountView = z.infer<typeof accountView>;
