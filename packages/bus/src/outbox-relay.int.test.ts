import mongoose, { type Connection } from 'mongoose';
import { isolatedEnvironment, recordEvents, type EventRecorder } from '@fabrique/testkit';
import type { Bus } from './connection.js';
import { createOutboxRelay } from './outbox-relay.js';
import { outboxTestModel, pingV1, silentLogger, testBus } from './test-support.js';

let bus: Bus;
let connection: Connection;
let recorder: EventRecorder;
const env = isolatedEnvironment('relay');

const Thing = () => outboxTestModel(connection, 'Thing');

beforeAll(async () => {
  connection = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName }).asPromise();
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

beforeEach(async () => {
  bus = await testBus();
  recorder = await recordEvents(env.natsUrl, bus.namespace, pingV1.subject);
  await Thing().deleteMany({});
});

afterEach(async () => {
  await recorder.close();
  await bus.close();
});

const ping = (n: number) => pingV1.create({ subject: `thing-${n}`, source: 'test' }, { n });

describe('outbox relay', () => {
  it('publishes pending events in order and empties the outboxes', async () => {
    await Thing().create({ _id: 'a', name: 'a', outbox: [ping(1), ping(2)] });
    await Thing().create({ _id: 'b', name: 'b', outbox: [ping(3)] });
    await Thing().create({ _id: 'c', name: 'c', outbox: [] });
    const relay = createOutboxRelay({ bus, models: [Thing()], logger: silentLogger, batchSize: 1 });
    expect(await relay.drainOnce()).toBe(3);
    expect(await relay.drainOnce()).toBe(0);
    const events = (await recorder.waitFor(3)) as { data: { n: number } }[];
    expect(events.map((e) => e.data.n)).toEqual([1, 2, 3]);
    expect(await Thing().countDocuments({ 'outbox.0': { $exists: true } })).toBe(0);
    expect(await Thing().findById('a').lean()).toMatchObject({ name: 'a', outbox: [] });
  });

  it('publishes at once when woken, without waiting for the poll', async () => {
    const relay = createOutboxRelay({
      bus,
      models: [Thing()],
      logger: silentLogger,
      pollIntervalMs: 60_000,
    });
    relay.start();
    await new Promise((r) => setTimeout(r, 100));
    await Thing().create({ _id: 'w', name: 'w', outbox: [ping(7)] });
    relay.wake();
    await recorder.waitFor(1, 3_000);
    await relay.stop();
  });

  it('publishes the documents it is told about by id, leaving the rest to the periodic scan', async () => {
    const relay = createOutboxRelay({
      bus,
      models: [Thing()],
      logger: silentLogger,
      pollIntervalMs: 60_000,
    });
    relay.start();
    await new Promise((r) => setTimeout(r, 100));
    await Thing().create({ _id: 'told', name: 'told', outbox: [ping(11)] });
    await Thing().create({ _id: 'untold', name: 'untold', outbox: [ping(12)] });
    relay.wake('Thing', ['told']);
    const [event] = (await recorder.waitFor(1, 3_000)) as { data: { n: number } }[];
    expect(event?.data.n).toBe(11);
    await new Promise((r) => setTimeout(r, 300));
    expect(recorder.events).toHaveLength(1);
    expect(await Thing().countDocuments({ 'outbox.0': { $exists: true } })).toBe(1);
    await relay.stop(); // the final pass on stop publishes what is left
    await recorder.waitFor(2);
  });

  it('publishes events the writer hands over as written, then pulls them from the document', async () => {
    const relay = createOutboxRelay({
      bus,
      models: [Thing()],
      logger: silentLogger,
      pollIntervalMs: 60_000,
    });
    relay.start();
    await new Promise((r) => setTimeout(r, 100));
    const events = [ping(21), ping(22)];
    await Thing().create({ _id: 'handed', name: 'handed', outbox: events });
    relay.written('Thing', 'handed', events);
    const published = (await recorder.waitFor(2, 3_000)) as { data: { n: number } }[];
    expect(published.map((e) => e.data.n)).toEqual([21, 22]);
    await relay.stop();
    expect(await Thing().findById('handed').lean()).toMatchObject({ outbox: [] });
    expect(recorder.events).toHaveLength(2);
  });

  it('republishes after a crash between publish and pull, and JetStream keeps one copy', async () => {
    await Thing().create({ _id: 'x', name: 'x', outbox: [ping(9)] });
    const crashing = createOutboxRelay({
      bus,
      models: [Thing()],
      logger: silentLogger,
      afterPublish: () => {
        throw new Error('process died here');
      },
    });
    await expect(crashing.drainOnce()).rejects.toThrow('process died here');
    expect(await Thing().countDocuments({ 'outbox.0': { $exists: true } })).toBe(1);

    const restarted = createOutboxRelay({ bus, models: [Thing()], logger: silentLogger });
    expect(await restarted.drainOnce()).toBe(1);
    await recorder.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(recorder.events).toHaveLength(1);
    const stream = await bus.jsm.streams.info(bus.stream('ACCOUNTS'));
    expect(stream.state.messages).toBe(1);
  });

  it('keeps events appended after it read the document', async () => {
    await Thing().create({ _id: 'y', name: 'y', outbox: [ping(1)] });
    const relay = createOutboxRelay({
      bus,
      models: [Thing()],
      logger: silentLogger,
      afterPublish: async () => {
        await Thing().updateOne({ _id: 'y' }, { $push: { outbox: ping(2) } });
      },
    });
    expect(await relay.drainOnce()).toBe(1);
    expect(await Thing().findById('y').lean()).toMatchObject({ outbox: [{ data: { n: 2 } }] });
    expect(await pendingMark('y')).toBe(true);
    await relay.drainOnce();
    const events = (await recorder.waitFor(2)) as { data: { n: number } }[];
    expect(events.map((e) => e.data.n)).toEqual([1, 2]);
  });

  it('marks documents holding events as pending, and unmarks them once published', async () => {
    await Thing().create({ _id: 'm', name: 'm', outbox: [ping(31)] });
    await Thing().create({ _id: 'n', name: 'n', outbox: [] });
    expect(await pendingMark('m')).toBe(true);
    expect(await pendingMark('n')).toBeUndefined();
    // Reads never see the marker.
    expect(await Thing().findById('m').lean()).not.toHaveProperty('outboxPending');

    const relay = createOutboxRelay({ bus, models: [Thing()], logger: silentLogger });
    expect(await relay.drainOnce()).toBe(1);
    expect(await pendingMark('m')).toBeUndefined();

    await Thing().updateOne({ _id: 'n' }, { $push: { outbox: { $each: [ping(32)] } } });
    expect(await pendingMark('n')).toBe(true);
    expect(await relay.drainOnce()).toBe(1);
    const events = (await recorder.waitFor(2)) as { data: { n: number } }[];
    expect(events.map((e) => e.data.n)).toEqual([31, 32]);
  });

  it('leaves the events it was not handed, and the marker, for the next pass', async () => {
    const relay = createOutboxRelay({
      bus,
      models: [Thing()],
      logger: silentLogger,
      pollIntervalMs: 60_000,
    });
    relay.start();
    await new Promise((r) => setTimeout(r, 100)); // its first scan, on nothing yet
    const handed = ping(52);
    await Thing().create({ _id: 'part', name: 'part', outbox: [ping(51), handed] });
    relay.written('Thing', 'part', [handed]);
    await recorder.waitFor(1, 3_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(await Thing().findById('part').lean()).toMatchObject({ outbox: [{ data: { n: 51 } }] });
    expect(await pendingMark('part')).toBe(true);
    await relay.stop(); // its last pass reads the marker
    const events = (await recorder.waitFor(2)) as { data: { n: number } }[];
    expect(events.map((e) => e.data.n)).toEqual([52, 51]);
    expect(await Thing().findById('part').lean()).toMatchObject({ outbox: [] });
    expect(await pendingMark('part')).toBeUndefined();
  });

  it('publishes events written before the marker existed in its first pass after start', async () => {
    await Thing().collection.insertOne({ _id: 'old', name: 'old', outbox: [ping(41)] } as never);
    const relay = createOutboxRelay({ bus, models: [Thing()], logger: silentLogger });
    expect(await relay.drainOnce()).toBe(1);
    // Later passes read the marker only: a document written without it waits for a restart.
    await Thing().collection.insertOne({ _id: 'older', name: 'o', outbox: [ping(42)] } as never);
    expect(await relay.drainOnce()).toBe(0);
    expect(
      await createOutboxRelay({ bus, models: [Thing()], logger: silentLogger }).drainOnce(),
    ).toBe(1);
    const events = (await recorder.waitFor(2)) as { data: { n: number } }[];
    expect(events.map((e) => e.data.n)).toEqual([41, 42]);
  });
});

/** The stored marker, read past its `select: false`. */
async function pendingMark(id: string): Promise<boolean | undefined> {
  const doc = await Thing().collection.findOne({ _id: id as never });
  return (doc as { outboxPending?: boolean } | null)?.outboxPending;
}
