import type { Express } from 'express';
import request from 'supertest';
import { publishEvent } from '@fabrique/bus';
import {
  newId,
  organisationCreatedV1,
  sessionAttendanceClosedV1,
  type EventOf,
} from '@fabrique/contracts';
import { createLogger } from '@fabrique/service-kit';
import { eventually, isolatedEnvironment, serviceVariables, testTokens } from '@fabrique/testkit';
import { createApp } from './app.js';
import { loadFundsConfig } from './config.js';
import { startRuntime, type FundsRuntime } from './runtime.js';

type ClosedSession = EventOf<typeof sessionAttendanceClosedV1>['data'];

export interface FundsHarness extends FundsRuntime {
  app: Express;
  env: ReturnType<typeof isolatedEnvironment>;
  /** A signed access token, as accounts would issue it. */
  token(sub: string, roles?: string[], orgs?: string[], commune?: string): Promise<string>;
  /** The same, for a person who has not proved their email address yet. */
  unverifiedToken(sub: string, roles?: string[], orgs?: string[]): Promise<string>;
  /** Publishes an organisation as accounts would and waits until funds knows it. */
  organisation(
    kind: 'municipality' | 'business' | 'association',
    commune: string | null,
    name?: string,
  ): Promise<string>;
  /** Publishes a session's attendance closing as bookings would; returns the event. */
  closeSession(
    overrides?: Partial<ClosedSession>,
  ): Promise<EventOf<typeof sessionAttendanceClosedV1>>;
  /** Confirms a declared contribution as a coordinator would; the ledger entry's id. */
  confirm(fundId: string, declarationId: string): Promise<string>;
  /** Moves the service's clock (rounds follow their dates). */
  travel(ms: number): void;
  stop(): Promise<void>;
}

const origin = { source: 'fabrique/test', subject: 'test' };

export function aClosedSession(overrides: Partial<ClosedSession> = {}): ClosedSession {
  return {
    sessionId: newId(),
    workshopId: newId(),
    kind: 'repair',
    commune: 'vassieux-en-vercors',
    startsAt: '2027-03-06T09:00:00.000Z',
    durationMinutes: 120,
    hostIds: [newId()],
    bookedSeats: 10,
    attendees: 8,
    noShows: 2,
    walkIns: 0,
    participantMinutes: 960,
    participantHours: 16,
    byResidenceCommune: [{ commune: 'vassieux-en-vercors', attendees: 8 }],
    byKind: [{ kind: 'repair', attendees: 8 }],
    repairs: { items: 0, fixed: 0, repairable: 0, endOfLife: 0, byCategory: [] },
    closedBy: newId(),
    closedAt: '2027-03-06T12:00:00.000Z',
    ...overrides,
  };
}

export async function stopRuntime(runtime: FundsRuntime, dropDatabase = true): Promise<void> {
  await runtime.consumer.stop();
  for (const follower of runtime.followers) await follower.stop();
  await runtime.relay.stop();
  await runtime.bus.close();
  if (dropDatabase) await runtime.connection.dropDatabase();
  await runtime.connection.close();
}

async function publishOrganisation(
  runtime: FundsRuntime,
  kind: 'municipality' | 'business' | 'association',
  commune: string | null,
  name?: string,
) {
  const organisationId = newId();
  const data = {
    organisationId,
    name: name ?? `${kind} ${organisationId.slice(-4)}`,
    kind,
    commune,
    createdAt: new Date().toISOString(),
  };
  await publishEvent(runtime.bus, organisationCreatedV1.create(origin, data));
  await eventually(
    () => runtime.deps.models.organisations.findById(organisationId).lean(),
    (o) => o !== null,
  );
  return organisationId;
}

async function publishClosed(runtime: FundsRuntime, overrides?: Partial<ClosedSession>) {
  const event = sessionAttendanceClosedV1.create(origin, aClosedSession(overrides));
  await publishEvent(runtime.bus, event);
  return event;
}

/** The funds service wired as main.ts does, on a fresh database and NATS namespace. */
export async function startFundsHarness(): Promise<FundsHarness> {
  const isolated = isolatedEnvironment('funds');
  const config = loadFundsConfig({
    ...serviceVariables(isolated),
  });
  const runtime = await startRuntime(config, createLogger('funds-test', 'silent'));
  runtime.relay.start();
  let offsetMs = 0;
  runtime.deps.now = () => new Date(Date.now() + offsetMs);
  const tokens = await testTokens();
  const app = createApp({ ...runtime.deps, bus: runtime.bus, keys: tokens.keys, readiness: {} });
  return {
    ...runtime,
    app,
    env: isolated,
    token: (sub, roles, orgs, commune) => tokens.sign({ sub, roles, orgs, commune }),
    unverifiedToken: (sub, roles, orgs) => tokens.sign({ sub, roles, orgs, emailVerified: false }),
    organisation: (kind, commune, name) => publishOrganisation(runtime, kind, commune, name),
    closeSession: (overrides) => publishClosed(runtime, overrides),
    confirm: async (fundId, declarationId) => {
      const token = await tokens.sign({ sub: newId(), roles: ['coordinator'] });
      const res = await request(app)
        .post(`/api/funds/${fundId}/declarations/${declarationId}/confirm`)
        .set('Authorization', `Bearer ${token}`)
        .send({})
        .expect(200);
      return (res.body as { entryId: string }).entryId;
    },
    travel: (ms) => {
      offsetMs += ms;
    },
    stop: () => stopRuntime(runtime),
  };
}
