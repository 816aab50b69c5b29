import { z } from 'zod';
import { baseConfigSchema, booleanFromEnv, loadConfig } from '@fabrique/service-kit';

const milliseconds = z.coerce.number().int().positive();
const delays = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'expected comma-separated milliseconds, e.g. 30000,120000')
  .transform((list) => list.split(',').map(Number));

const notificationsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8085),
  /** Where accounts publishes the keys that verify access tokens. */
  JWKS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8081/api/auth/jwks.json'),
  /** The address people use (links in emails point there). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: booleanFromEnv.default(false),
  /** Refuse to send over a connection that did not upgrade to TLS. */
  SMTP_REQUIRE_TLS: booleanFromEnv.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('Fabrique <ne-pas-repondre@fabrique.localhost>'),
  /** Signs unsubscribe links; at least 32 characters, kept out of the code. */
  UNSUBSCRIBE_SECRET: z.string().min(32),
  /** Sends of one email before it goes to the dead letters. */
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** Wait after the 1st, 2nd… failed send; the last repeats. */
  EMAIL_BACKOFF_MS: delays.default([30_000, 120_000, 600_000, 1_800_000, 3_600_000]),
  REMINDER_HOURS_BEFORE: z.coerce.number().positive().max(168).default(24),
  SWEEP_INTERVAL_MS: milliseconds.default(60_000),
  /**
   * Events older than this only update what the service knows: a service started on a
   * network with history must not write to everyone about last year's bookings.
   */
  NOTIFY_MAX_EVENT_AGE_HOURS: z.coerce.number().positive().default(24),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  return loadConfig(notificationsConfigSchema, env);
}
