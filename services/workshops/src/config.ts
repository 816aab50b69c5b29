import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@fabrique/service-kit';

const workshopsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8082),
  /** Where accounts publishes the keys that verify access tokens. */
  JWKS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8081/api/auth/jwks.json'),
  /** Public address of the web app, for links in calendar feeds. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
  /**
   * How many days back a session may be scheduled: 0 (the default) refuses any start before
   * now. Only for importing a season already under way (and the demo data); hours delivered
   * by such sessions are not attested by a booking made ahead.
   */
  SCHEDULE_PAST_DAYS: z.coerce.number().int().min(0).max(366).default(0),
});

export type WorkshopsConfig = z.infer<typeof workshopsConfigSchema>;

export function loadWorkshopsConfig(env: NodeJS.ProcessEnv = process.env): WorkshopsConfig {
  return loadConfig(workshopsConfigSchema, env);
}
