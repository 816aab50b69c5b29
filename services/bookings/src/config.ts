import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@fabrique/service-kit';
import type { BookingPolicy } from './domain/policy.js';

const hours = (fallback: number) =>
  z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(fallback);

const bookingsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8083),
  /** Where accounts publishes the keys that verify access tokens. */
  JWKS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8081/api/auth/jwks.json'),
  /** Public address of the web app, for links in calendar feeds. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
  MAX_SEATS_PER_BOOKING: z.coerce.number().int().min(1).max(50).default(6),
  CANCEL_CUTOFF_HOURS: hours(24),
  OFFER_HOURS: hours(12),
  AUTO_CONFIRM_HOURS: hours(3),
  /** How often expired offers move on and leftovers of crashed requests are cleaned. */
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
  /**
   * Claims without their booking younger than this may belong to a request another replica is
   * still serving; older ones are a crash's leftovers, given back. Tests shorten it.
   */
  LEFTOVER_CLAIM_AGE_MS: z.coerce.number().int().min(1_000).default(60_000),
});

export type BookingsConfig = z.infer<typeof bookingsConfigSchema>;

export function loadBookingsConfig(env: NodeJS.ProcessEnv = process.env): BookingsConfig {
  return loadConfig(bookingsConfigSchema, env);
}

export function policyOf(config: BookingsConfig): BookingPolicy {
  return {
    maxSeatsPerBooking: config.MAX_SEATS_PER_BOOKING,
    cancelCutoffHours: config.CANCEL_CUTOFF_HOURS,
    offerHours: config.OFFER_HOURS,
    autoConfirmHours: config.AUTO_CONFIRM_HOURS,
  };
}
