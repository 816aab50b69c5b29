import { z } from 'zod';
import { baseConfigSchema, booleanFromEnv, loadConfig } from '@fabrique/service-kit';

const accountsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  /** Test-only fault injection: the process kills itself after publishing, before `$pull`. */
  FAULT_KILL_AFTER_PUBLISH: booleanFromEnv.default(false),
});

export type AccountsConfig = z.infer<typeof accountsConfigSchema>;

export function loadAccountsConfig(env: NodeJS.ProcessEnv = process.env): AccountsConfig {
  return loadConfig(accountsConfigSchema, env);
}
