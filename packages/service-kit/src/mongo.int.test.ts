// A service's store connection keeps few operations in flight, so that a burst of updates
// cannot exhaust FerretDB's own pool of PostgreSQL connections (FerretDB 1.24 takes a second
// connection for the write of an update while holding the first): 1,000 concurrent updates of
// one document, as voters replacing ballots at once would send, all finish.
import { Schema, type Connection } from 'mongoose';
import { isolatedEnvironment } from '@fabrique/testkit';
import { connectMongo, findByIds, MAX_OPERATIONS_IN_FLIGHT } from './mongo.js';

const env = isolatedEnvironment('mongo');
let connection: Connection;

beforeAll(async () => {
  connection = await connectMongo(env.mongoUrl, env.dbName);
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

describe('connectMongo', () => {
  it('keeps a bounded number of operations in flight, unless the URL says otherwise', () => {
    expect(connection.getClient().options.maxPoolSize).toBe(MAX_OPERATIONS_IN_FLIGHT);
  });

  it('finishes a burst of concurrent updates of one document', async () => {
    const things = connection.collection<{ _id: string; n: number }>('things');
    await things.insertOne({ _id: 'ballot', n: 0 });
    const updates = Array.from({ length: 1_000 }, (_, n) =>
      things.updateOne({ _id: 'ballot' }, { $set: { n } }),
    );
    const results = await Promise.all(updates);
    expect(results.every((r) => r.matchedCount === 1)).toBe(true);
  }, 60_000);
});

describe('findByIds', () => {
  it('finds the documents it is asked for, once each, and leaves out missing ones', async () => {
    const people = connection.collection<{ _id: string; name: string }>('people');
    await people.insertMany(
      Array.from({ length: 45 }, (_, i) => ({ _id: `p${i}`, name: `n${i}` })),
    );
    const model = connection.model(
      'Person',
      new Schema({ _id: String, name: String }, { collection: 'people' }),
    );
    const ids = [...Array.from({ length: 45 }, (_, i) => `p${i}`), 'p3', 'nobody'];
    const found = await findByIds<{ _id: string; name: string }>(model, ids, { name: 1 });
    expect(found).toHaveLength(45);
    expect(new Set(found.map((p) => p._id)).size).toBe(45);
    expect(found.find((p) => p._id === 'p7')).toEqual({ _id: 'p7', name: 'n7' });
  });
});
