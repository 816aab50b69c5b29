import { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Parses the environment once, at start-up, and reports every bad variable together, so an
 * operator fixes them in one go. Only config.ts of each service calls this.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    ),
  );
}

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Variables every service reads; services `.extend()` it with their own. */
export const baseConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535),
  HOST: z.string().default('127.0.0.1'),
  MONGO_URL: z.url({ protocol: /^mongodb(\+srv)?$/ }),
  NATS_URL: z.string().regex(/^(nats|tls):\/\/\S+$/, 'expected nats://host:port'),
  /** Prefix of streams and subjects; tests use one per file, production none. */
  NATS_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9_]*$/)
    .default(''),
  /** Copies of each JetStream stream: 1 on one server, 3 on a 3-node cluster (see infra/k8s). */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Maximum JSON request body. */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/)
    .default('100kb'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  OUTBOX_RELAY_ENABLED: booleanFromEnv.default(true),
  /** Test networks only: a file holding how many ms ahead the services' clock runs (clock.ts). */
  CLOCK_OFFSET_FILE: z.string().min(1).optional(),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;
export { booleanFromEnv };
