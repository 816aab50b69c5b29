import { z } from 'zod';
import { baseConfigSchema, booleanFromEnv, loadConfig } from '@fabrique/service-kit';

const positiveInt = z.coerce.number().int().positive();

const accountsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: positiveInt.max(365).default(30),
  SIGNING_KEY_ROTATION_DAYS: positiveInt.default(30),
  LOGIN_THROTTLE_WINDOW_MINUTES: positiveInt.default(15),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(10),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt.default(100),
  /** Test-only fault injection: the process kills itself after publishing, before `$pull`. */
  FAULT_KILL_AFTER_PUBLISH: booleanFromEnv.default(false),
});

export type AccountsConfig = z.infer<typeof accountsConfigSchema>;

export function loadAccountsConfig(env: NodeJS.ProcessEnv = process.env): AccountsConfig {
  return loadConfig(accountsConfigSchema, env);
}
