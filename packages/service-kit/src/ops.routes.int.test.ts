import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import request from 'supertest';
import { z } from 'zod';
import {
  connectBus,
  createOutboxRelay,
  deadLettersOf,
  ensureStreams,
  on,
  PermanentFailure,
  publishEvent,
  startConsumer,
  trackPendingOutbox,
  type Bus,
  type RunningConsumer,
} from '@fabrique/bus';
import { defineEvent } from '@fabrique/contracts';
import { eventually, isolatedEnvironment, testTokens, type TestTokens } from '@fabrique/testkit';
import type { Express } from 'express';
import { createHttpApp } from './app.js';
import { authenticate } from './auth.js';
import { createLogger } from './logger.js';
import { openApiDocument } from './openapi.js';
import { opsRouteDocs } from './ops.docs.js';
import { opsRoutes } from './ops.routes.js';

const pingV1 = defineEvent('fabrique.accounts.ping.sent.v1', z.object({ n: z.number().int() }));
// Subscribed by no consumer here: what the outbox holds does not reach the handlers.
const pongV1 = defineEvent('fabrique.accounts.pong.sent.v1', z.object({ n: z.number().int() }));

const DURABLE = 'demo--worker';
const OTHER = 'other--worker';
const logger = createLogger('ops-test', 'silent');
const env = isolatedEnvironment('ops');

let bus: Bus;
let connection: Connection;
interface ThingDocument {
  _id: string;
  outbox: unknown[];
}
let things: Model<ThingDocument>;
let tokens: TestTokens;
let app: Express;
let coordinator: string;
let worker: RunningConsumer | undefined;
let other: RunningConsumer;
let broken = true;
const handled: number[] = [];

function startWorker(): Promise<RunningConsumer> {
  return startConsumer(bus, {
    durable: DURABLE,
    logger,
    subscriptions: [
      on(pingV1, async (event) => {
        if (broken) throw new PermanentFailure(`cannot take ${event.data.n} now`);
        handled.push(event.data.n);
      }),
    ],
  });
}

beforeAll(async () => {
  bus = await connectBus({ servers: env.natsUrl, name: 'ops-test', namespace: env.namespace });
  await ensureStreams(bus, ['accounts']);
  connection = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName }).asPromise();
  things = connection.model<{ _id: string; outbox: unknown[] }>(
    'Thing',
    trackPendingOutbox(
      new Schema({ _id: String, outbox: { type: [Schema.Types.Mixed], default: [] } }),
    ),
  );
  tokens = await testTokens();
  coordinator = await tokens.sign({ sub: 'coordinator-1', roles: ['coordinator'] });
  app = createHttpApp({
    logger,
    readiness: {},
    routes: (root) => {
      root.use(authenticate(tokens.keys));
      root.use(
        opsRoutes({
          service: 'demo',
          bus,
          durables: [DURABLE],
          outboxModels: [things],
          extraStatus: () => Promise.resolve({ extra: 'yes' }),
        }),
      );
    },
  });
  worker = await startWorker();
  // Another service's consumer, failing everything: its letters are not the demo service's.
  other = await startConsumer(bus, {
    durable: OTHER,
    logger,
    subscriptions: [on(pingV1, () => Promise.reject(new PermanentFailure('never')))],
  });
});

afterAll(async () => {
  await worker?.stop();
  await other.stop();
  await bus.close();
  await connection.dropDatabase();
  await connection.close();
});

const get = (path: string, token = coordinator) =>
  request(app).get(`/api/ops/demo${path}`).set('authorization', `Bearer ${token}`);
const post = (path: string, token = coordinator) =>
  request(app).post(`/api/ops/demo${path}`).set('authorization', `Bearer ${token}`);
const ping = (n: number) =>
  publishEvent(bus, pingV1.create({ subject: `p${n}`, source: 'test' }, { n }));

interface Listed {
  seq: number;
  consumer: string;
  event: { id: string; type: string } | null;
  payload?: unknown;
}

async function listed(query = ''): Promise<{ items: Listed[]; nextCursor: string | null }> {
  const res = await get(`/dead-letters${query}`);
  expect(res.status).toBe(200);
  return res.body as { items: Listed[]; nextCursor: string | null };
}

async function demoLag() {
  const res = await get('/status');
  expect(res.status).toBe(200);
  const consumers = (res.body as { consumers: { durable: string; stream: string }[] }).consumers;
  return consumers.find((c) => c.durable === DURABLE) as
    { stream: string; pending: number; ackPending: number; lastActive: string | null } | undefined;
}

const caughtUp = (lag: { pending: number; ackPending: number } | undefined) =>
  lag?.pending === 0 && lag.ackPending === 0;

function expectProblem(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(res.text)).toMatchObject({ status, code });
}

describe('ops routes', () => {
  it('are for coordinators only', async () => {
    expectProblem(await request(app).get('/api/ops/demo/status'), 401, 'UNAUTHENTICATED');
    const resident = await tokens.sign({ sub: 'resident-1', roles: ['resident'] });
    expectProblem(await get('/status', resident), 403, 'FORBIDDEN');
    expectProblem(await post('/dead-letters/replay', resident), 403, 'FORBIDDEN');
    expect((await get('/status')).status).toBe(200);
  });

  it('list, inspect and replay only this service’s dead letters, each delivered once', async () => {
    await ping(1);
    await ping(2);
    const { items } = await eventually(
      () => listed(),
      (page) => page.items.length === 2,
    );
    expect(items.map((l) => l.consumer)).toEqual([DURABLE, DURABLE]);
    expect(items[0]!.event).toMatchObject({ type: pingV1.type });
    expect(items[0]!.payload).toBeUndefined();
    expect((await get('/status')).body).toMatchObject({
      service: 'demo',
      deadLetters: 2,
      extra: 'yes',
    });

    const inspected = await get(`/dead-letters/${items[0]!.seq}`);
    expect(inspected.status).toBe(200);
    expect(inspected.body).toMatchObject({
      seq: items[0]!.seq,
      consumer: DURABLE,
      stream: expect.stringMatching(/ACCOUNTS$/) as unknown,
      error: expect.stringContaining('cannot take 1') as unknown,
      payload: { type: pingV1.type, data: { n: 1 } },
    });

    // Paging, and bad input as problems with stable codes.
    const first = await listed('?limit=1');
    expect(first.items.map((l) => l.seq)).toEqual([items[0]!.seq]);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect((await listed(`?cursor=${first.nextCursor}`)).items.map((l) => l.seq)).toEqual([
      items[1]!.seq,
    ]);
    expectProblem(await get('/dead-letters?limit=0'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('/dead-letters?limit=abc'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('/dead-letters?cursor=1'), 400, 'BAD_CURSOR');
    expectProblem(await get('/dead-letters?from=1'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('/dead-letters/abc'), 400, 'VALIDATION_FAILED');
    expectProblem(await post('/dead-letters/0/replay'), 400, 'VALIDATION_FAILED');

    // The other consumer's letters are in the same DLQ stream, and not ours to show or replay.
    const theirs = await eventually(
      () => deadLettersOf(bus, [OTHER]),
      (page) => page.items.length === 2,
    );
    const theirSeq = theirs.items[0]!.seq;
    expectProblem(await get(`/dead-letters/${theirSeq}`), 404, 'DEAD_LETTER_NOT_FOUND');
    expectProblem(await post(`/dead-letters/${theirSeq}/replay`), 404, 'DEAD_LETTER_NOT_FOUND');

    broken = false;
    const replayed = await post(`/dead-letters/${items[0]!.seq}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({ replayed: 1, seq: items[0]!.seq });
    expectProblem(
      await post(`/dead-letters/${items[0]!.seq}/replay`),
      404,
      'DEAD_LETTER_NOT_FOUND',
    );
    expectProblem(await get(`/dead-letters/${items[0]!.seq}`), 404, 'DEAD_LETTER_NOT_FOUND');
    await eventually(
      async () => [...handled],
      (seen) => seen.includes(1),
    );

    const all = await post('/dead-letters/replay');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ replayed: 1 });
    expect((await listed()).items).toEqual([]);
    expect((await get('/status')).body).toMatchObject({ deadLetters: 0 });

    // Once the consumer has nothing pending nor unacknowledged, every copy it would ever get
    // has been handled: each message exactly once.
    await eventually(demoLag, caughtUp);
    expect([...handled].sort()).toEqual([1, 2]);
    expect((await post('/dead-letters/replay')).body).toEqual({ replayed: 0 });
  });

  it('show a stopped consumer’s lag, and none once it caught up', async () => {
    await worker?.stop();
    worker = undefined;
    for (const n of [11, 12, 13]) await ping(n);
    const lag = await demoLag();
    expect(lag).toMatchObject({ stream: 'ACCOUNTS', pending: 3, ackPending: 0 });
    worker = await startWorker();
    await eventually(demoLag, caughtUp);
    expect(handled.filter((n) => n > 10).sort()).toEqual([11, 12, 13]);
    expect(await demoLag()).toMatchObject({
      lastActive: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) as unknown,
    });
  });

  it('count the outbox backlog until the relay has published it', async () => {
    const event = (n: number) => pongV1.create({ subject: `q${n}`, source: 'test' }, { n });
    await things.create({ _id: 'with-events', outbox: [event(1), event(2)] });
    await things.create({ _id: 'published', outbox: [] });
    expect((await get('/status')).body).toMatchObject({
      outbox: { documents: 1, events: 2, byModel: [{ model: 'Thing', documents: 1, events: 2 }] },
    });
    const relay = createOutboxRelay({ bus, models: [things], logger });
    expect(await relay.drainOnce()).toBe(2);
    await relay.stop();
    expect((await get('/status')).body).toMatchObject({
      outbox: { documents: 0, events: 0, byModel: [{ model: 'Thing', documents: 0, events: 0 }] },
    });
  });

  it('are described in the OpenAPI document', () => {
    const doc = openApiDocument({ title: 'demo', version: '1' }, opsRouteDocs('demo'));
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/ops/demo/dead-letters',
      '/api/ops/demo/dead-letters/replay',
      '/api/ops/demo/dead-letters/{seq}',
      '/api/ops/demo/dead-letters/{seq}/replay',
      '/api/ops/demo/status',
    ]);
    expect(doc.paths['/api/ops/demo/status']).toMatchObject({
      get: { 'x-roles': ['coordinator'] },
    });
  });
});
