import type { Connection } from 'mongoose';
import {
  connectBus,
  createOutboxRelay,
  ensureStreams,
  type Bus,
  type OutboxRelay,
} from '@fabrique/bus';
import {
  connectMongo,
  serviceClock,
  sweepIdempotencyKeys,
  type Logger,
} from '@fabrique/service-kit';
import type { AccountsConfig } from './config.js';
import { SEED_COMMUNES } from './domain/commune.js';
import { announceCommunes, seedCommunes } from './store/commune.store.js';
import { accountsModels, outboxModels, syncIndexes, type AccountsModels } from './store/models.js';
import { sweepFailures } from './store/login-failure.store.js';
import { sweepLinks } from './store/account-link.store.js';
import { KeyRing } from './tokens/key-ring.js';
import type { AccountsDeps } from './use-cases/deps.js';

const DAY_MS = 24 * 3600 * 1000;

export interface AccountsRuntime {
  connection: Connection;
  bus: Bus;
  relay: OutboxRelay;
  deps: AccountsDeps;
}

/**
 * Connections, models, indexes, seed communes, streams, relay and use-case deps: what the
 * HTTP process (main.ts) and the administration command (admin.ts) share.
 */
export async function startRuntime(
  config: AccountsConfig,
  logger: Logger,
  service = 'accounts',
): Promise<AccountsRuntime> {
  const connection = await connectMongo(config.MONGO_URL);
  const models = accountsModels(connection);
  await syncIndexes(models);
  await seedCommunes(models.communes, SEED_COMMUNES);
  await announceCommunes(models.communes);
  const bus = await connectBus({
    servers: config.NATS_URL,
    name: service,
    namespace: config.NATS_NAMESPACE,
    streamReplicas: config.NATS_STREAM_REPLICAS,
  });
  await ensureStreams(bus, ['accounts']);
  const relay = createOutboxRelay({
    bus,
    models: outboxModels(models),
    logger,
    ...(config.FAULT_KILL_AFTER_PUBLISH && {
      afterPublish: () => {
        process.kill(process.pid, 'SIGKILL');
      },
    }),
  });
  const deps = buildDeps(config, models, relay);
  return { connection, bus, relay, deps };
}

function buildDeps(
  config: AccountsConfig,
  models: AccountsModels,
  relay: OutboxRelay,
): AccountsDeps {
  return {
    models,
    keyRing: new KeyRing({
      model: models.signingKeys,
      rotationMs: config.SIGNING_KEY_ROTATION_DAYS * DAY_MS,
    }),
    signIn: {
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600,
      throttleWindowMs: config.LOGIN_THROTTLE_WINDOW_MINUTES * 60_000,
      maxFailuresPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
    },
    eventsWritten: (modelName, ids) => relay.wake(modelName, ids),
    now: serviceClock(config.CLOCK_OFFSET_FILE),
  };
}

/**
 * Removes failed sign-ins older than the throttle window and idempotency keys older than a
 * day, every few minutes (FerretDB has no TTL indexes).
 */
export function startSweeps(deps: AccountsDeps, logger: Logger): () => void {
  const timer = setInterval(() => {
    const now = deps.now().getTime();
    Promise.all([
      sweepFailures(deps.models.loginFailures, new Date(now - deps.signIn.throttleWindowMs)),
      sweepIdempotencyKeys(deps.models.idempotency, new Date(now - DAY_MS)),
      sweepLinks(deps.models.accountLinks, new Date(now)),
    ]).catch((error: unknown) => logger.warn({ err: error }, 'sweep failed'));
  }, 5 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
