import express from 'express';
import mongoose, { type Connection } from 'mongoose';
import request from 'supertest';
import { isolatedEnvironment } from '@fabrique/testkit';
import { defineErrors } from '@fabrique/contracts';
import { createHttpApp } from './app.js';
import { idempotency, idempotencyModel } from './idempotency.js';
import { serviceSweepTasks } from './service-main.js';
import { createLogger } from './logger.js';

const env = isolatedEnvironment('idem');
const testErrors = defineErrors({
  ALREADY_THERE: { status: 409, title: { fr: 'Déjà là', en: 'Already there' } },
  WORK_IN_PROGRESS: { status: 409, title: { fr: 'Encore en cours', en: 'Still working on it' } },
});
let connection: Connection;
let created: string[];

function app() {
  return createHttpApp({
    logger: createLogger('test', 'silent'),
    readiness: {},
    routes: (root) => {
      root.use(idempotency(idempotencyModel(connection)));
      const router = express.Router();
      router.post('/things', async (req, res) => {
        await new Promise((r) => setTimeout(r, 50));
        const id = `thing-${created.length + 1}`;
        created.push(id);
        res
          .status(201)
          .location(`/api/things/${id}`)
          .json({ id, name: (req.body as { name: string }).name, createdId: req.createdId });
      });
      router.post('/broken', () => {
        throw new Error('boom');
      });
      // Fails the first time, as a request meeting a database outage would.
      router.post('/flaky', (req, res) => {
        created.push(`flaky ${req.createdId}`);
        if (created.length === 1) throw new Error('database down');
        res.status(201).json({ createdId: req.createdId });
      });
      router.post('/refused', () => {
        created.push('refusal');
        throw testErrors.ALREADY_THERE({ fr: 'C’est thing-0.', en: 'It is thing-0.' });
      });
      router.post('/busy', () => {
        created.push('busy');
        throw testErrors.WORK_IN_PROGRESS();
      });
      root.use('/api', router);
    },
  });
}

beforeAll(async () => {
  connection = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName }).asPromise();
  await idempotencyModel(connection).syncIndexes();
});

beforeEach(() => {
  created = [];
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry with the same key', async () => {
    const first = await request(app())
      .post('/api/things')
      .set('Idempotency-Key', 'key-aaaa-1')
      .send({ name: 'four' });
    const retry = await request(app())
      .post('/api/things')
      .set('Idempotency-Key', 'key-aaaa-1')
      .send({ name: 'four' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(created).toHaveLength(1);
  });

  it('replays a refusal with its problem body, but lets a "still in progress" answer be retried', async () => {
    const post = (path: string) =>
      request(app())
        .post(path)
        .set('Idempotency-Key', `key-${path.slice(5)}`)
        .send({});
    const refused = await post('/api/refused');
    const replayed = await post('/api/refused');
    expect(replayed.status).toBe(409);
    expect(replayed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replayed.body).toEqual(refused.body);
    expect(replayed.body.detail).toBe('C’est thing-0.');
    // Replayed in the language it was first answered in, and saying so.
    const inEnglish = await post('/api/refused').set('Accept-Language', 'en');
    expect(inEnglish.body.detail).toBe('C’est thing-0.');
    expect(inEnglish.headers['content-language']).toBe('fr');
    await post('/api/busy');
    const again = await post('/api/busy');
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(created).toEqual(['refusal', 'busy', 'busy']);
  });

  it('frees the key of a request whose process died, and the retry keeps its resource id', async () => {
    const { createHash } = await import('node:crypto');
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ name: 'five' }))
      .digest('base64url');
    const id = `ip:127.0.0.1|POST /api/things|key-abandoned`;
    const model = idempotencyModel(connection);
    const resourceId = '0193f0a1-0000-7000-8000-000000000001';
    await model.create({
      _id: id,
      requestHash,
      state: 'pending',
      resourceId,
      createdAt: new Date(),
    });
    const fresh = await request(app())
      .post('/api/things')
      .set('Idempotency-Key', 'key-abandoned')
      .send({ name: 'five' });
    expect(fresh.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    await model.updateOne({ _id: id }, { $set: { createdAt: new Date(Date.now() - 16_000) } });
    const retry = await request(app())
      .post('/api/things')
      .set('Idempotency-Key', 'key-abandoned')
      .send({ name: 'five' });
    expect(retry.status).toBe(201);
    expect(retry.body.createdId).toBe(resourceId);
    expect(created).toHaveLength(1);
  });

  it('lets exactly one of concurrent requests with the same key run', async () => {
    const server = app();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(server)
          .post('/api/things')
          .set('Idempotency-Key', 'key-concurrent')
          .send({ name: 'x' }),
      ),
    );
    expect(created).toHaveLength(1);
    expect(answers.filter((a) => a.status === 201 && a.body.id === created[0])).not.toHaveLength(0);
    expect(
      answers.every(
        (a) => a.status === 201 || (a.status === 409 && a.body.code === 'IDEMPOTENCY_IN_PROGRESS'),
      ),
    ).toBe(true);
  });

  it('refuses the same key with another body, and a malformed key', async () => {
    await request(app())
      .post('/api/things')
      .set('Idempotency-Key', 'key-bbbb-1')
      .send({ name: 'a' });
    const other = await request(app())
      .post('/api/things')
      .set('Idempotency-Key', 'key-bbbb-1')
      .send({ name: 'b' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(
      (await request(app()).post('/api/things').set('Idempotency-Key', 'x').send({ name: 'a' }))
        .body.code,
    ).toBe('BAD_IDEMPOTENCY_KEY');
  });

  it('lets a retry run again after a server error', async () => {
    const failed = await request(app())
      .post('/api/broken')
      .set('Idempotency-Key', 'key-cccc-1')
      .send({});
    expect(failed.status).toBe(500);
    await new Promise((r) => setTimeout(r, 100));
    // Kept, with the id the attempt used, but not as an answer to replay.
    const kept = await idempotencyModel(connection)
      .findOne({ _id: /key-cccc-1$/ })
      .lean<{ state: string; resourceId: string }>();
    expect(kept?.state).toBe('retry');
    const again = await request(app())
      .post('/api/broken')
      .set('Idempotency-Key', 'key-cccc-1')
      .send({});
    expect(again.status).toBe(500);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('gives the retry after a server error the id the failed attempt used', async () => {
    const post = () =>
      request(app()).post('/api/flaky').set('Idempotency-Key', 'key-flaky-1').send({});
    expect((await post()).status).toBe(500);
    await new Promise((r) => setTimeout(r, 100));
    const retried = await post();
    expect(retried.status).toBe(201);
    expect(created).toEqual([`flaky ${retried.body.createdId}`, `flaky ${retried.body.createdId}`]);
  });

  it('does nothing without a key', async () => {
    await request(app()).post('/api/things').send({ name: 'a' });
    await request(app()).post('/api/things').send({ name: 'a' });
    expect(created).toHaveLength(2);
  });

  it('sweeps the keys older than a day, and only those, in every service sweeper', async () => {
    const model = idempotencyModel(connection);
    const now = new Date('2026-12-06T12:00:00Z');
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    await model.insertMany([
      { _id: 'old', requestHash: 'h', state: 'done', createdAt: hoursAgo(25) },
      { _id: 'recent', requestHash: 'h', state: 'done', createdAt: hoursAgo(23) },
    ]);
    // What every service's sweeper runs (startServiceSweeper), beside the service's own tasks.
    const tasks = serviceSweepTasks({ models: { idempotency: model }, now: () => now }, []);
    expect(tasks.map((task) => task.name)).toEqual(['idempotency keys']);
    await tasks[0]?.run();
    const left = await model.find({ _id: { $in: ['old', 'recent'] } }).lean();
    expect(left.map((record) => record._id)).toEqual(['recent']);
  });
});
