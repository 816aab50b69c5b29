import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { accountRegisteredV1 } from '@fabrique/contracts';
import {
  connectBus,
  ensureStreams,
  on,
  startConsumer,
  type Bus,
  type RunningConsumer,
} from '@fabrique/bus';
import { createLogger } from '@fabrique/service-kit';
import {
  eventually,
  freePort,
  isolatedEnvironment,
  serviceVariables,
  recordEvents,
  startProcess,
  type ServiceProcess,
} from '@fabrique/testkit';

// The real artifact: the built service, started the way production starts it.
const serviceDir = join(import.meta.dirname, '..');
const mainJs = join(serviceDir, 'dist/main.js');

const env = isolatedEnvironment('accounts_crash');
let port: number;
let connection: Connection;
let bus: Bus;
let consumer: RunningConsumer;
const received: string[] = [];

function startService(extraEnv: Record<string, string>): ServiceProcess {
  return startProcess(
    process.execPath,
    ['--enable-source-maps', '--import', '@fabrique/telemetry/register', mainJs],
    {
      PATH: process.env.PATH,
      ...serviceVariables(env),
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    serviceDir,
  );
}

async function register(email: string): Promise<Response | Error> {
  return fetch(`http://127.0.0.1:${port}/api/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email,
      password: 'un jardin partagé à Vassieux',
      displayName: 'Test',
      commune: 'Vassieux-en-Vercors',
    }),
  }).catch((error: unknown) => error as Error);
}

const pendingOutboxes = () =>
  connection.collection('accounts').countDocuments({ 'outbox.0': { $exists: true } });

beforeAll(async () => {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build first (npm test does)`);
  port = await freePort();
  connection = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName }).asPromise();
  bus = await connectBus({ servers: env.natsUrl, name: 'crash-test', namespace: env.namespace });
  await ensureStreams(bus, ['accounts']);
  consumer = await startConsumer(bus, {
    durable: 'test--crash',
    logger: createLogger('test', 'silent'),
    subscriptions: [on(accountRegisteredV1, async (event) => void received.push(event.data.email))],
  });
});

afterAll(async () => {
  await consumer.stop();
  await bus.close();
  await connection.dropDatabase();
  await connection.close();
});

describe('accounts process killed around the outbox', () => {
  it('delivers an event written but not yet published before SIGKILL, once, after restart', async () => {
    const recorder = await recordEvents(env.natsUrl, env.namespace, accountRegisteredV1.subject);
    const beforePublish = startService({ OUTBOX_RELAY_ENABLED: 'false' });
    await beforePublish.waitForOutput(/listening/);
    const res = await register('killed.before.publish@example.org');
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(201);
    expect(await pendingOutboxes()).toBe(1);
    expect(await beforePublish.kill('SIGKILL')).toBe('SIGKILL');
    expect(recorder.events).toHaveLength(0);

    const restarted = startService({});
    await restarted.waitForOutput(/listening/);
    await recorder.waitFor(1);
    await eventually(pendingOutboxes, (count) => count === 0);
    await eventually(
      async () => received.length,
      (count) => count === 1,
    );
    await new Promise((r) => setTimeout(r, 1_500));
    expect(received).toEqual(['killed.before.publish@example.org']);
    expect(recorder.events).toHaveLength(1);
    expect(await restarted.kill('SIGTERM')).toBe(0);
    await recorder.close();
  });

  it('keeps one copy when the process dies after publishing but before pulling', async () => {
    received.length = 0;
    const recorder = await recordEvents(env.natsUrl, env.namespace, accountRegisteredV1.subject);
    await recorder.waitFor(1); // the event of the previous case
    const dying = startService({ FAULT_KILL_AFTER_PUBLISH: 'true' });
    await dying.waitForOutput(/listening/);
    // The process may die before or after its answer leaves: both are real outcomes.
    await register('killed.after.publish@example.org');
    expect(await dying.kill()).toBe('SIGKILL');
    expect(await pendingOutboxes()).toBe(1);
    await recorder.waitFor(2);

    const restarted = startService({});
    await restarted.waitForOutput(/listening/);
    await eventually(pendingOutboxes, (count) => count === 0);
    await eventually(
      async () => received.length,
      (count) => count === 1,
    );
    await new Promise((r) => setTimeout(r, 1_500));
    expect(received).toEqual(['killed.after.publish@example.org']);
    expect(recorder.events).toHaveLength(2);
    expect(await restarted.kill('SIGTERM')).toBe(0);
    await recorder.close();
  });
});
