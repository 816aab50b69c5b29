import type { Connection } from 'mongoose';
import { createOutboxRelay, outboxWriter, startConsumer } from '@fabrique/bus';
import type { Bus, Follower, OutboxRelay, RunningConsumer } from '@fabrique/bus';
import { openStorage, outboxModelsOf, serviceClock, startRevocations } from '@fabrique/service-kit';
import type { Logger } from '@fabrique/service-kit';
import type { NotificationsConfig } from './config.js';
import {
  EMAIL_DURABLE,
  EVENTS_DURABLE,
  emailSubscriptions,
  subscriptions,
} from './events/index.js';
import type { EmailDeps } from './events/handlers/email.handler.js';
import { domainOf } from './mail/compose.js';
import { smtpMailer, type Mailer } from './mail/transport.js';
import { notificationsModels } from './store/models.js';
import type { NotificationsDeps } from './use-cases/deps.js';

export interface NotificationsRuntime {
  connection: Connection;
  bus: Bus;
  relay: OutboxRelay;
  consumers: RunningConsumer[];
  followers: Follower[];
  mailer: Mailer;
  deps: NotificationsDeps;
}

const HOUR_MS = 3_600_000;

/**
 * Database, streams, relay, the events consumer and the email sender. `wrapMailer` lets fault
 * tests act at the moment SMTP accepted a message (kill the database server, say).
 */
export async function startRuntime(
  config: NotificationsConfig,
  logger: Logger,
  wrapMailer: (smtp: Mailer) => Mailer = (smtp) => smtp,
): Promise<NotificationsRuntime> {
  const { connection, models, bus } = await openStorage(config, {
    service: 'notifications',
    streams: ['accounts', 'workshops', 'bookings', 'funds', 'notifications'],
    models: notificationsModels,
  });
  const relay = createOutboxRelay({ bus, models: outboxModelsOf(models), logger });
  const { revoked, follower: revocations } = await startRevocations(bus, logger);
  const deps: NotificationsDeps = {
    models,
    revoked,
    logger,
    outbox: outboxWriter(relay),
    now: serviceClock(config.CLOCK_OFFSET_FILE),
    maxEventAgeMs: config.NOTIFY_MAX_EVENT_AGE_HOURS * HOUR_MS,
  };
  const mailer = wrapMailer(smtpMailer(config));
  const consumers = await startConsumers(bus, config, deps, emailDepsOf(config, deps, mailer));
  return { connection, bus, relay, consumers, followers: [revocations], mailer, deps };
}

function emailDepsOf(
  config: NotificationsConfig,
  deps: NotificationsDeps,
  mailer: Mailer,
): EmailDeps {
  return {
    ...deps,
    // The email handler reads the clock through deps, so tests moving it move both.
    now: () => deps.now(),
    mailer,
    maxAttempts: config.EMAIL_MAX_ATTEMPTS,
    compose: {
      publicUrl: config.PUBLIC_URL,
      unsubscribeSecret: config.UNSUBSCRIBE_SECRET,
      mailDomain: domainOf(config.MAIL_FROM),
    },
  };
}

/** The events consumer, and the email sender with its own retries and dead letters. */
async function startConsumers(
  bus: Bus,
  config: NotificationsConfig,
  deps: NotificationsDeps,
  emailDeps: EmailDeps,
): Promise<RunningConsumer[]> {
  const { logger } = deps;
  const events = await startConsumer(bus, {
    durable: EVENTS_DURABLE,
    subscriptions: subscriptions(deps),
    logger,
  });
  const emails = await startConsumer(bus, {
    durable: EMAIL_DURABLE,
    subscriptions: emailSubscriptions(emailDeps),
    logger,
    concurrency: 4,
    maxDeliver: config.EMAIL_MAX_ATTEMPTS,
    backoffMs: config.EMAIL_BACKOFF_MS,
  });
  return [events, emails];
}
