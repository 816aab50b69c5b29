import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { createHttpApp } from './app.js';
import { defineErrors } from './errors.js';
import { createLogger } from './logger.js';
import { parseInput } from './validation.js';

const errors = defineErrors({ THING_GONE: { status: 410, title: 'The thing is gone' } });
const body = z.strictObject({ name: z.string().min(2), size: z.number().int().positive() });

function app(readiness: Record<string, () => Promise<boolean>> = {}) {
  return createHttpApp({
    logger: createLogger('test', 'silent'),
    readiness,
    bodyLimit: '1kb',
    routes: (root) => {
      const router = express.Router();
      router.post('/things', (req, res) => {
        res.status(201).json(parseInput(body, req.body));
      });
      router.get('/gone', () => {
        throw errors.THING_GONE('It left yesterday.');
      });
      router.get('/boom', () => {
        throw new Error('secret internal detail');
      });
      root.use('/api', router);
    },
  });
}

function expectProblem(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    status,
    code,
    type: expect.stringMatching(/^urn:fabrique:problem:/),
  });
}

describe('createHttpApp', () => {
  it('accepts valid JSON', async () => {
    const res = await request(app()).post('/api/things').send({ name: 'oven', size: 2 });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ name: 'oven', size: 2 });
  });

  it('lists every invalid field', async () => {
    const res = await request(app())
      .post('/api/things')
      .send({ name: 'o', size: -1, colour: 'red' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '(root)',
      'name',
      'size',
    ]);
  });

  it('answers malformed JSON, oversized and non-JSON bodies with stable codes', async () => {
    expectProblem(
      await request(app()).post('/api/things').type('application/json').send('{"name":'),
      400,
      'MALFORMED_JSON',
    );
    expectProblem(
      await request(app())
        .post('/api/things')
        .send({ name: 'x'.repeat(2000), size: 1 }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectProblem(
      await request(app()).post('/api/things').type('form').send('name=oven'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('maps declared errors and unknown routes', async () => {
    const gone = await request(app()).get('/api/gone');
    expectProblem(gone, 410, 'THING_GONE');
    expect(gone.body.detail).toBe('It left yesterday.');
    expectProblem(await request(app()).get('/api/nowhere'), 404, 'NOT_FOUND');
  });

  it('hides internal errors behind a 500 that carries the request id', async () => {
    const res = await request(app()).get('/api/boom').set('X-Request-Id', 'req-123');
    expectProblem(res, 500, 'INTERNAL');
    expect(JSON.stringify(res.body)).not.toContain('secret');
    expect(res.body.requestId).toBe('req-123');
    expect(res.headers['x-request-id']).toBe('req-123');
  });

  it('replaces an unacceptable request id', async () => {
    const res = await request(app()).get('/healthz').set('X-Request-Id', 'bad id\twith spaces');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers and hides the framework', async () => {
    const res = await request(app()).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('reports readiness per dependency', async () => {
    const ready = await request(
      app({ mongo: () => Promise.resolve(true), nats: () => Promise.resolve(true) }),
    ).get('/readyz');
    expect(ready.status).toBe(200);
    const down = await request(
      app({ mongo: () => Promise.resolve(true), nats: () => Promise.reject(new Error('down')) }),
    ).get('/readyz');
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ mongo: 'up', nats: 'down' });
  });
});
