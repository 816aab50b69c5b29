// The store answers by index (infra/ferretdb/gin-twins.sql): on a collection of 20,000
// documents, a lookup by `_id` and an equality on an indexed field are planned on an index —
// on FerretDB/PostgreSQL, the GIN twins of FerretDB's btree indexes; on MongoDB, its own.
import { MongoClient, type Collection, type Db } from 'mongodb';
import { isolatedEnvironment } from '@fabrique/testkit';

const DOCUMENTS = 20_000;
const env = isolatedEnvironment('indexes');
let client: MongoClient;
let db: Db;
let things: Collection<Thing>;
let onFerretDb: boolean;

interface Thing {
  _id: string;
  sessionId: string;
  seat: number;
  rank: number;
  tags: string[];
}

const thing = (i: number): Thing => ({
  _id: `session-${i % 1_000}:${i}`,
  sessionId: `session-${i % 1_000}`,
  seat: i % 7,
  rank: i % 13,
  tags: [`tag-${i % 10}`, 'all'],
});

/** The name of the index the store plans to use for `filter`, or null for a scan. */
async function indexUsedFor(filter: object): Promise<string | null> {
  const explained = await db.command({
    explain: { find: 'things', filter },
    verbosity: 'queryPlanner',
  });
  const plan = JSON.stringify(
    onFerretDb ? explained.queryPlanner : explained.queryPlanner.winningPlan,
  );
  if (onFerretDb) return /"Index Name":"([^"]+)"/.exec(plan)?.[1] ?? null;
  if (/"stage":"(IDHACK|EXPRESS_IXSCAN|EXPRESS_CLUSTERED_IXSCAN)"/.test(plan)) return '_id_';
  return /"indexName":"([^"]+)"/.exec(plan)?.[1] ?? null;
}

beforeAll(async () => {
  client = await MongoClient.connect(env.mongoUrl);
  db = client.db(env.dbName);
  onFerretDb = (await db.admin().command({ buildInfo: 1 })).ferretdbVersion !== undefined;
  things = db.collection<Thing>('things');
  for (let from = 0; from < DOCUMENTS; from += 1_000) {
    await things.insertMany(Array.from({ length: 1_000 }, (_, k) => thing(from + k)));
  }
  await things.createIndex({ sessionId: 1 });
  await things.createIndex({ sessionId: 1, seat: 1 });
  await things.createIndex({ tags: 1 });
}, 120_000);

afterAll(async () => {
  await db.dropDatabase();
  await client.close();
});

describe(`a collection of ${DOCUMENTS} documents`, () => {
  it('finds a document by _id through an index', async () => {
    const index = await indexUsedFor({ _id: 'session-7:12007' });
    expect(index).not.toBeNull();
    if (onFerretDb) expect(index).toMatch(/_gin$/);
    expect(await things.findOne({ _id: 'session-7:12007' })).toMatchObject({ seat: 12007 % 7 });
  });

  it('finds documents by an indexed field through an index, and by two indexed fields', async () => {
    expect(await indexUsedFor({ sessionId: 'session-42' })).not.toBeNull();
    expect(await indexUsedFor({ sessionId: 'session-42', seat: 3 })).not.toBeNull();
    expect(await things.countDocuments({ sessionId: 'session-42' })).toBe(DOCUMENTS / 1_000);
    const both = await things.find({ sessionId: 'session-42', seat: 3 }).toArray();
    expect(both.every((t) => t.sessionId === 'session-42' && t.seat === 3)).toBe(true);
  });

  it('answers array membership exactly as before, through the index', async () => {
    expect(await indexUsedFor({ tags: 'tag-3' })).not.toBeNull();
    expect(await things.countDocuments({ tags: 'tag-3' })).toBe(DOCUMENTS / 10);
    expect(await things.countDocuments({ tags: 'all' })).toBe(DOCUMENTS);
  });

  it('reads the whole collection for a field without an index', async () => {
    expect(await indexUsedFor({ rank: 3 })).toBeNull();
  });

  it('stops using an index once it is dropped', async () => {
    await things.createIndex({ rank: 1 }, { name: 'by_rank' });
    expect(await indexUsedFor({ rank: 3 })).not.toBeNull();
    await things.dropIndex('by_rank');
    expect(await indexUsedFor({ rank: 3 })).toBeNull();
  });
});
