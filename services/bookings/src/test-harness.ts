import type { Express } from 'express';
import { publishEvent } from '@fabrique/bus';
import {
  accountRegisteredV1,
  newId,
  sessionScheduledV1,
  type SessionData,
} from '@fabrique/contracts';
import { createLogger } from '@fabrique/service-kit';
import { eventually, isolatedEnvironment, serviceVariables, testTokens } from '@fabrique/testkit';
import { createApp } from './app.js';
import { loadBookingsConfig } from './config.js';
import { startRuntime, type BookingsRuntime } from './runtime.js';
import { findSession } from './store/session.store.js';

export interface BookingsHarness extends BookingsRuntime {
  app: Express;
  env: ReturnType<typeof isolatedEnvironment>;
  /** A signed access token, as accounts would issue it. */
  token(sub: string, roles?: string[]): Promise<string>;
  /** Publishes a session as workshops would and waits until bookings projected it. */
  session(overrides?: Partial<SessionData>): Promise<SessionData>;
  /** Publishes a registration as accounts would and waits until bookings knows the person. */
  person(commune?: string): Promise<string>;
  stop(): Promise<void>;
}

const HOUR = 3_600_000;

export function aSession(overrides: Partial<SessionData> = {}): SessionData {
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
  return {
    sessionId: newId(),
    workshopId: newId(),
    kind: 'cooking',
    title: 'Cuisine des plantes sauvages',
    commune: 'vassieux-en-vercors',
    venueId: newId(),
    hostIds: [newId()],
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    durationMinutes: 120,
    capacity: 12,
    bookingOpensAt: new Date(Date.now() - HOUR).toISOString(),
    bookingClosesAt: new Date(startsAt.getTime() - 2 * HOUR).toISOString(),
    status: 'scheduled',
    version: 1,
    ...overrides,
  };
}

const origin = { source: 'fabrique/test', subject: 'test' };

async function publishSession(runtime: BookingsRuntime, overrides?: Partial<SessionData>) {
  const data = aSession(overrides);
  await publishEvent(runtime.bus, sessionScheduledV1.create(origin, data));
  await eventually(
    () => findSession(runtime.deps.models, data.sessionId),
    (s) => s?.version === data.version,
  );
  return data;
}

async function publishPerson(runtime: BookingsRuntime, commune: string): Promise<string> {
  const accountId = newId();
  const registered = accountRegisteredV1.create(origin, {
    accountId,
    email: `${accountId}@example.org`,
    displayName: `Habitant ${accountId.slice(-4)}`,
    commune,
    locale: 'fr',
    roles: ['resident'],
    registeredAt: new Date().toISOString(),
  });
  await publishEvent(runtime.bus, registered);
  await eventually(
    () => runtime.deps.models.people.findById(accountId).lean(),
    (p) => p !== null,
  );
  return accountId;
}

export async function stopRuntime(runtime: BookingsRuntime, dropDatabase = true): Promise<void> {
  await runtime.consumer.stop();
  for (const follower of runtime.followers) await follower.stop();
  await runtime.deps.queue.idle();
  await runtime.availability.stop();
  await runtime.relay.stop();
  await runtime.bus.close();
  if (dropDatabase) await runtime.connection.dropDatabase();
  await runtime.connection.close();
}

/** The bookings service wired as main.ts does, on a fresh database and NATS namespace. */
export async function startBookingsHarness(
  env: Record<string, string> = {},
): Promise<BookingsHarness> {
  const isolated = isolatedEnvironment('bookings');
  const config = loadBookingsConfig({
    ...serviceVariables(isolated),
    ...env,
  });
  const runtime = await startRuntime(config, createLogger('bookings-test', 'silent'));
  runtime.relay.start();
  const tokens = await testTokens();
  const app = createApp({
    ...runtime.deps,
    bus: runtime.bus,
    keys: tokens.keys,
    readiness: {},
    publicUrl: 'http://fabrique.test',
  });
  return {
    ...runtime,
    app,
    env: isolated,
    token: (sub, roles = ['resident']) => tokens.sign({ sub, roles }),
    session: (overrides) => publishSession(runtime, overrides),
    person: (commune = 'vassieux-en-vercors') => publishPerson(runtime, commune),
    stop: () => stopRuntime(runtime),
  };
}
