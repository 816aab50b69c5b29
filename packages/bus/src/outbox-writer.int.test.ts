import mongoose, { type Connection } from 'mongoose';
import { isolatedEnvironment, recordEvents, type EventRecorder } from '@fabrique/testkit';
import type { Bus } from './connection.js';
import { createOutboxRelay, type OutboxRelay } from './outbox-relay.js';
import { outboxWriter } from './outbox-writer.js';
import { outboxTestModel, pingV1, silentLogger, testBus } from './test-support.js';

// The writer on a real broker and database: the relay scans only once a minute here, so an
// event seen within seconds was handed over by the writer.

let bus: Bus;
let connection: Connection;
let recorder: EventRecorder;
let relay: OutboxRelay;
const env = isolatedEnvironment('writer');

const Note = () => outboxTestModel(connection, 'Note');
const ping = (n: number) => pingV1.create({ subject: `note-${n}`, source: 'test' }, { n });

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
  await Note().deleteMany({});
  relay = createOutboxRelay({
    bus,
    models: [Note()],
    logger: silentLogger,
    pollIntervalMs: 60_000,
  });
  relay.start();
  // Past the relay's first scan, so that only the writer's hand-over can publish.
  await relay.drainOnce();
});

afterEach(async () => {
  await relay.stop();
  await recorder.close();
  await bus.close();
});

describe('outbox writer', () => {
  it('publishes what a write stored, at once, by the model named', async () => {
    const events = [ping(1), ping(2)];
    const answer = await outboxWriter(relay).save(Note(), 'a', events, async () => {
      await Note().create({ _id: 'a', outbox: events });
      return 'stored';
    });
    expect(answer).toBe('stored');
    const published = (await recorder.waitFor(2, 5_000)) as { data: { n: number } }[];
    expect(published.map((e) => e.data.n)).toEqual([1, 2]);
  });

  it('reads the events from the document when the write does not name them', async () => {
    await outboxWriter(relay).save(Note(), 'b', undefined, () =>
      Note().create({ _id: 'b', outbox: [ping(3)] }),
    );
    const published = (await recorder.waitFor(1, 5_000)) as { data: { n: number } }[];
    expect(published.map((e) => e.data.n)).toEqual([3]);
  });

  it('hands nothing over when the write says it wrote nothing', async () => {
    // Handed-over events are published as given: had the refused write's been handed over,
    // ping 4 would be published although no document holds it.
    const writer = outboxWriter(relay);
    expect(await writer.save(Note(), 'c', [ping(4)], () => Promise.resolve(false))).toBe(false);
    const events = [ping(5)];
    await writer.save(Note(), 'd', events, async () => {
      await Note().create({ _id: 'd', outbox: events });
      return true;
    });
    const published = (await recorder.waitFor(1, 5_000)) as { data: { n: number } }[];
    expect(published.map((e) => e.data.n)).toEqual([5]);
    await relay.drainOnce();
    expect(recorder.events.map((e) => (e as { data: { n: number } }).data.n)).toEqual([5]);
  });
});
