import type { Connection } from 'mongoose';
import { createOutboxRelay, outboxWriter } from '@fabrique/bus';
import type { Bus, OutboxRelay } from '@fabrique/bus';
import { openStorage, outboxModelsOf, serviceClock } from '@fabrique/service-kit';
import type { Logger } from '@fabrique/service-kit';
import type { AccountsConfig } from './config.js';
import { SEED_COMMUNES } from './domain/commune.js';
import { announceCommunes, seedCommunes } from './use-cases/communes.js';
import { accountsModels, type AccountsModels } from './store/models.js';
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
  const { connection, models, bus } = await openStorage(config, {
    service,
    streams: ['accounts'],
    models: accountsModels,
  });
  await seedCommunes(models.communes, SEED_COMMUNES);
  await announceCommunes(models.communes);
  const relay = createOutboxRelay({
    bus,
    models: outboxModelsOf(models),
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
    outbox: outboxWriter(relay),
    now: serviceClock(config.CLOCK_OFFSET_FILE),
  };
}
