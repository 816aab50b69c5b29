import { z } from 'zod';
import { baseConfigSchema, loadConfig } from '@fabrique/service-kit';
import { SERVICES, type ServiceName } from './http/route.table.js';

/** An unset variable and an empty one (`FUNDS_URL=`) both mean "not configured". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

const positiveInt = z.coerce.number().int().positive();

/** `https://a.example,https://b.example` → exact origins the browser may call from. */
const originList = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  )
  .pipe(
    z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'expected origins like https://host:port')),
  );

// The gateway has no database, so it takes only the generic part of the base and the broker's.
const gatewayConfigSchema = baseConfigSchema
  .pick({
    HOST: true,
    LOG_LEVEL: true,
    SHUTDOWN_TIMEOUT_MS: true,
    NATS_NAMESPACE: true,
    NATS_STREAM_REPLICAS: true,
  })
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    /**
     * Where accounts' sign-outs and deletions are read, so that the edge refuses a revoked
     * token at once; unset, only the services refuse them (they always follow NATS).
     */
    NATS_URL: optional(baseConfigSchema.shape.NATS_URL),
    ACCOUNTS_URL: optional(httpUrl),
    WORKSHOPS_URL: optional(httpUrl),
    BOOKINGS_URL: optional(httpUrl),
    FUNDS_URL: optional(httpUrl),
    NOTIFICATIONS_URL: optional(httpUrl),
    /** Defaults to accounts' key set; one of the two must be known. */
    JWKS_URL: optional(httpUrl),
    /** How long fetched keys are trusted, and the minimum gap between refetches on unknown `kid`. */
    JWKS_CACHE_MAX_AGE_MS: positiveInt.default(10 * 60_000),
    JWKS_COOLDOWN_MS: z.coerce.number().int().min(0).default(30_000),
    /** Verified tokens skip the signature check for this long (0 = always check). */
    TOKEN_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
    TOKEN_CACHE_MAX_ENTRIES: positiveInt.default(10_000),
    /** Empty: same-origin only (the web UI is served by the gateway itself). */
    CORS_ORIGINS: originList,
    RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
    RATE_LIMIT_MAX: positiveInt.default(600),
    AUTH_RATE_LIMIT_MAX: positiveInt.default(30),
    /** Time for an upstream to answer with headers, counted from the start of the request. */
    UPSTREAM_TIMEOUT_MS: positiveInt.default(10_000),
    /** The same for exports, CSV, calendar feeds and certificates, which build whole documents. */
    UPSTREAM_SLOW_TIMEOUT_MS: positiveInt.default(60_000),
    /** Readiness and OpenAPI fetches: short, so /readyz answers even when a service hangs. */
    PROBE_TIMEOUT_MS: positiveInt.default(2_000),
    BODY_LIMIT_BYTES: positiveInt.default(1024 * 1024),
    /** Built web UI to serve at `/` (optional until the UI exists). */
    WEB_DIST_DIR: optional(z.string()),
  })
  .transform((config, ctx) => {
    const jwksUrl =
      config.JWKS_URL ??
      (config.ACCOUNTS_URL === undefined ? undefined : `${config.ACCOUNTS_URL}/api/auth/jwks.json`);
    // Without any service the gateway routes nothing, so it needs no keys (and still starts,
    // serving health and docs); with one, tokens must be checkable.
    const routesSomething = SERVICES.some((service) => config[urlVariable(service)] !== undefined);
    if (jwksUrl === undefined && routesSomething) {
      ctx.addIssue({ code: 'custom', path: ['JWKS_URL'], message: 'set JWKS_URL or ACCOUNTS_URL' });
      return z.NEVER;
    }
    return { ...config, JWKS_URL: jwksUrl };
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, env);
}

function urlVariable(service: ServiceName) {
  return `${service.toUpperCase() as Uppercase<ServiceName>}_URL` as const;
}

/** The upstream base URLs that are configured, by service. */
export function upstreamUrls(config: GatewayConfig): Partial<Record<ServiceName, string>> {
  const urls: Partial<Record<ServiceName, string>> = {};
  for (const service of SERVICES) {
    const url = config[urlVariable(service)];
    if (url !== undefined) urls[service] = url;
  }
  return urls;
}
