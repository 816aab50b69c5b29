import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import { publishEvent } from '@fabrique/bus';
import {
  accountRegisteredV1,
  newId,
  sessionScheduledV1,
  venueRegisteredV1,
  type Envelope,
  type SessionData,
} from '@fabrique/contracts';
import { createLogger } from '@fabrique/service-kit';
import {
  eventually,
  isolatedEnvironment,
  serviceVariables,
  startSmtpCatcher,
  testTokens,
  type SmtpCatcher,
} from '@fabrique/testkit';
import { createApp } from './app.js';
import { loadNotificationsConfig } from './config.js';
import type { Mailer } from './mail/transport.js';
import { startRuntime, type NotificationsRuntime } from './runtime.js';

export const origin = { source: 'fabrique/test', subject: 'test' };
export const EMAIL_ATTEMPTS = 3;

export interface Person {
  id: string;
  email: string;
  token: string;
}

export interface NotificationsHarness extends NotificationsRuntime {
  app: Express;
  smtp: SmtpCatcher;
  /** Publishes an account as accounts would and waits until this service knows it. */
  person(options?: { locale?: 'fr' | 'en'; commune?: string; roles?: string[] }): Promise<Person>;
  /** Publishes a venue and a session as workshops would and waits until both are known. */
  session(overrides?: Partial<SessionData>): Promise<SessionData>;
  publish(event: Envelope): Promise<void>;
  stop(): Promise<void>;
}

async function publishPerson(
  harness: {
    runtime: NotificationsRuntime;
    sign: (sub: string, roles: string[]) => Promise<string>;
  },
  options: { locale?: 'fr' | 'en'; commune?: string; roles?: string[] },
): Promise<Person> {
  const id = newId();
  const email = `person-${randomBytes(4).toString('hex')}@example.org`;
  const roles = options.roles ?? ['resident'];
  const data = {
    accountId: id,
    email,
    displayName: `Habitant ${id.slice(-4)}`,
    commune: options.commune ?? 'vassieux-en-vercors',
    locale: options.locale ?? 'fr',
    roles: roles as ['resident'],
    registeredAt: new Date().toISOString(),
  };
  await publishEvent(harness.runtime.bus, accountRegisteredV1.create(origin, data));
  const { models } = harness.runtime.deps;
  await eventually(
    () => models.recipients.findById(id).lean(),
    (found) => found !== null,
  );
  return { id, email, token: await harness.sign(id, roles) };
}

/** A Saturday-morning repair café next winter: Europe/Paris is UTC+1 then. */
export function aSession(overrides: Partial<SessionData> = {}): SessionData {
  return {
    sessionId: newId(),
    workshopId: newId(),
    kind: 'repair',
    title: 'Repair café',
    commune: 'vassieux-en-vercors',
    venueId: newId(),
    hostIds: [newId()],
    startsAt: '2027-03-06T09:00:00.000Z',
    endsAt: '2027-03-06T11:00:00.000Z',
    durationMinutes: 120,
    capacity: 12,
    bookingOpensAt: '2026-11-01T09:00:00.000Z',
    bookingClosesAt: '2027-03-06T07:00:00.000Z',
    status: 'scheduled',
    version: 1,
    ...overrides,
  };
}

async function publishSession(runtime: NotificationsRuntime, overrides: Partial<SessionData>) {
  const session = aSession(overrides);
  const venue = {
    venueId: session.venueId,
    name: 'Salle des fêtes',
    address: '1 place de la Mairie, 26420 Vassieux-en-Vercors',
    commune: session.commune,
    status: 'active' as const,
    version: 1,
  };
  await publishEvent(runtime.bus, venueRegisteredV1.create(origin, venue));
  await publishEvent(runtime.bus, sessionScheduledV1.create(origin, session));
  const { models } = runtime.deps;
  await eventually(
    async () => [
      await models.sessions.findById(session.sessionId).lean(),
      await models.venues.findById(venue.venueId).lean(),
    ],
    ([s, v]) => s !== null && v !== null,
  );
  return session;
}

function testConfig(
  isolated: ReturnType<typeof isolatedEnvironment>,
  smtpPort: number,
  env: Record<string, string>,
) {
  return loadNotificationsConfig({
    ...serviceVariables(isolated),
    SMTP_PORT: String(smtpPort),
    UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
    EMAIL_MAX_ATTEMPTS: String(EMAIL_ATTEMPTS),
    EMAIL_BACKOFF_MS: '200,400',
    PUBLIC_URL: 'http://fabrique.test',
    ...env,
  });
}

async function stopRuntime(runtime: NotificationsRuntime): Promise<void> {
  for (const consumer of runtime.consumers) await consumer.stop();
  for (const follower of runtime.followers) await follower.stop();
  await runtime.relay.stop();
  runtime.mailer.close();
  await runtime.bus.close();
  await runtime.connection.dropDatabase();
  await runtime.connection.close();
}

/** The notifications service wired as main.ts does, with a real SMTP catcher. */
export async function startNotificationsHarness(
  env: Record<string, string> = {},
  wrapMailer?: (smtp: Mailer) => Mailer,
): Promise<NotificationsHarness> {
  const isolated = isolatedEnvironment('notifications');
  const smtp = await startSmtpCatcher();
  const config = testConfig(isolated, smtp.port, env);
  const logger = createLogger('notifications-test', 'silent');
  const runtime = await startRuntime(config, logger, wrapMailer);
  runtime.relay.start();
  const tokens = await testTokens();
  const sign = (sub: string, roles: string[]) => tokens.sign({ sub, roles });
  const app = createApp({
    ...runtime.deps,
    bus: runtime.bus,
    keys: tokens.keys,
    readiness: {},
    unsubscribe: { secret: config.UNSUBSCRIBE_SECRET, publicUrl: config.PUBLIC_URL },
  });
  return {
    ...runtime,
    app,
    smtp,
    person: (options = {}) => publishPerson({ runtime, sign }, options),
    session: (overrides = {}) => publishSession(runtime, overrides),
    publish: async (event) => {
      await publishEvent(runtime.bus, event);
    },
    stop: async () => {
      await stopRuntime(runtime);
      await smtp.stop();
    },
  };
}
