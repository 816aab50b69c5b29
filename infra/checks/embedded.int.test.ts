// The embedded infrastructure of `npm start` (infra/embedded.mjs): PostgreSQL, FerretDB and
// NATS start on a data folder of their own, keep the data across a restart, stop leaving no
// process behind, refuse a taken port by name, and refuse to start on the SQLite databases of
// an earlier version until infra/migrate-sqlite.mjs has copied them.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import {
  freePort,
  startEmbedded,
  stopEmbedded,
  type EmbeddedOptions,
  type EmbeddedState,
} from '../embedded.mjs';
import { migrateSqlite } from '../migrate-sqlite.mjs';

const toolsDir = fileURLToPath(new URL('../../.tools', import.meta.url));
const folders: string[] = [];

async function freshOptions(): Promise<EmbeddedOptions> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-embedded-test-'));
  folders.push(dataDir);
  return {
    dataDir,
    toolsDir,
    natsPort: await freePort(),
    natsMonitorPort: await freePort(),
    mongoPort: await freePort(),
    postgresPort: await freePort(),
  };
}

/** Whether any process of the groups the embedded servers lead is still alive. */
function anyProcessLeft(state: EmbeddedState): boolean {
  return state.pids.some((pid) => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false; // ESRCH: the group is empty
    }
  });
}

async function withClient<T>(state: EmbeddedState, use: (client: MongoClient) => Promise<T>) {
  const client = await MongoClient.connect(state.mongoUrl);
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('embedded infrastructure', () => {
  it('keeps the data across a restart and stops without leaving a process', async () => {
    const options = await freshOptions();
    const first = await startEmbedded(options);
    expect(first.postgresPid).toBeDefined();
    await withClient(first, (c) =>
      c
        .db('kept')
        .collection('things')
        .insertOne({ _id: 'a' as never, n: 1 }),
    );
    await stopEmbedded(options);
    expect(anyProcessLeft(first)).toBe(false);

    const second = await startEmbedded(options);
    const doc = await withClient(second, (c) => c.db('kept').collection('things').findOne({}));
    await stopEmbedded(options);
    expect(doc).toMatchObject({ _id: 'a', n: 1 });
    expect(anyProcessLeft(second)).toBe(false);
  }, 120_000);

  it('names the setting of a port another program holds', async () => {
    const options = await freshOptions();
    const squatter: Server = createServer();
    await new Promise<void>((done) => squatter.listen(options.postgresPort, '127.0.0.1', done));
    try {
      await expect(startEmbedded(options)).rejects.toThrow(/POSTGRES_PORT/);
    } finally {
      squatter.close();
    }
  });

  it('refuses the SQLite databases of an earlier version, then copies them on request', async () => {
    const options = await freshOptions();
    const old = await startEmbedded({ ...options, backend: 'sqlite' });
    await withClient(old, async (c) => {
      const bookings = c.db('fabrique_bookings').collection('bookings');
      await bookings.insertMany(
        Array.from({ length: 2_500 }, (_, i) => ({
          _id: `b${i}` as never,
          sessionId: `s${i % 5}`,
        })),
      );
      await bookings.createIndex({ sessionId: 1 }, { name: 'by_session' });
      await c
        .db('fabrique_funds')
        .collection('entries')
        .insertOne({ _id: 'e1' as never, cents: 500 });
    });
    await stopEmbedded(options);

    await expect(startEmbedded(options)).rejects.toThrow(/infra:migrate-sqlite/);
    expect(await migrateSqlite(options, () => undefined)).toBe(2_501);
    expect(existsSync(join(options.dataDir, 'ferretdb'))).toBe(false);
    expect(readdirSync(join(options.dataDir, 'ferretdb-sqlite-copied')).length).toBeGreaterThan(0);

    const copied = await startEmbedded(options);
    try {
      await withClient(copied, async (c) => {
        const bookings = c.db('fabrique_bookings').collection('bookings');
        expect(await bookings.countDocuments({ sessionId: 's3' })).toBe(500);
        const indexes = await bookings.listIndexes().toArray();
        expect(indexes.map((i) => i.name)).toContain('by_session');
        expect(await c.db('fabrique_funds').collection('entries').findOne({})).toMatchObject({
          _id: 'e1',
          cents: 500,
        });
      });
    } finally {
      await stopEmbedded(options);
    }
  }, 180_000);
});
