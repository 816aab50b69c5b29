import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { createHttpApp } from './app.js';
import { defineErrors } from './errors.js';
import { createLogger } from './logger.js';
import { parseInput } from './validation.js';

const errors = defineErrors({
  THING_GONE: { status: 410, title: { fr: 'La chose est partie', en: 'The thing is gone' } },
});
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
        throw errors.THING_GONE({ fr: 'Elle est partie hier.', en: 'It left yesterday.' });
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
    expect(gone.body.detail).toBe('Elle est partie hier.');
    expectProblem(await request(app()).get('/api/nowhere'), 404, 'NOT_FOUND');
  });

  it('answers problems in French by default and in English when asked', async () => {
    const inLanguage = (acceptLanguage?: string) => {
      const call = request(app()).get('/api/gone');
      return acceptLanguage ? call.set('Accept-Language', acceptLanguage) : call;
    };
    for (const asked of [undefined, 'fr-FR', 'de-DE', 'de, fr;q=0.5, en;q=0.1']) {
      const french = await inLanguage(asked);
      expect(french.headers['content-language']).toBe('fr');
      expect(french.headers.vary).toMatch(/Accept-Language/);
      expect(french.body).toMatchObject({
        code: 'THING_GONE',
        title: 'La chose est partie',
        detail: 'Elle est partie hier.',
      });
    }
    const english = await inLanguage('en-GB,en;q=0.9,fr;q=0.8');
    expect(english.headers['content-language']).toBe('en');
    expect(english.body).toMatchObject({
      code: 'THING_GONE',
      title: 'The thing is gone',
      detail: 'It left yesterday.',
    });
  });

  it('names each invalid field in the caller’s language', async () => {
    const send = (locale: string) =>
      request(app())
        .post('/api/things')
        .set('Accept-Language', locale)
        .send({ name: 'o', size: 2 });
    const [french, english] = [await send('fr'), await send('en')];
    expect(french.body.detail).toBe('Le corps de la requête a 1 champ invalide.');
    expect(english.body.detail).toBe('The request body has 1 invalid field.');
    expect(french.body.errors).toEqual([
      { path: 'name', message: expect.stringMatching(/^Trop petit/) },
    ]);
    expect(english.body.errors).toEqual([
      { path: 'name', message: expect.stringMatching(/^Too small/) },
    ]);
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
