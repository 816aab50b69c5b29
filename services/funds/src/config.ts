import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@fabrique/service-kit';

const fundsConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8084),
  /** Where accounts publishes the keys that verify access tokens. */
  JWKS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8081/api/auth/jwks.json'),
});

export type FundsConfig = z.infer<typeof fundsConfigSchema>;

export function loadFundsConfig(env: NodeJS.ProcessEnv = process.env): FundsConfig {
  return loadConfig(fundsConfigSchema, env);
}
