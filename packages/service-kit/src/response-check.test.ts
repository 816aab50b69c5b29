import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { createLogger } from './logger.js';
import type { RouteDoc } from './openapi.js';
import { responseCheck } from './response-check.js';

const routes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/things/{id}',
    summary: 'A thing',
    access: 'public',
    responses: { 200: { description: 'The thing', schema: z.object({ at: z.iso.datetime() }) } },
  },
  {
    method: 'get',
    path: '/api/things/latest',
    summary: 'The latest thing',
    access: 'public',
    responses: { 200: { description: 'The thing', schema: z.object({ id: z.string() }) } },
  },
];

function app(answer: (path: string) => unknown) {
  const server = express();
  server.use(responseCheck(routes, createLogger('test', 'silent')));
  server.get('/api/things/:id', (req, res) => {
    res.json(answer(req.path));
  });
  server.post('/api/things/:id', (_req, res) => {
    res.status(201).json({ at: '2026-12-06T10:00:00.000Z' });
  });
  server.get('/api/hidden', (_req, res) => {
    res.type('text/csv').send('a,b\n');
  });
  server.get('/api/missing', (_req, res) => {
    res.status(404).json({ code: 'NOT_FOUND' });
  });
  return server;
}

describe('answers checked against their documented schema in tests', () => {
  it('lets through an answer as the client reads it (a Date is a string once in JSON)', async () => {
    const res = await request(app(() => ({ at: new Date('2026-12-06T10:00:00Z') }))).get(
      '/api/things/1',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ at: '2026-12-06T10:00:00.000Z' });
  });

  it('answers 500 for one that does not match, matching a literal path before a parameter', async () => {
    const wrong = await request(app(() => ({ at: 'yesterday' }))).get('/api/things/1');
    expect(wrong.status).toBe(500);
    expect(wrong.body.code).toBe('INTERNAL');
    // `/latest` is its own route: `{at}` is not what it documents.
    const latest = await request(app(() => ({ at: '2026-12-06T10:00:00.000Z' }))).get(
      '/api/things/latest',
    );
    expect(latest.status).toBe(500);
    const right = await request(app(() => ({ id: 'x' }))).get('/api/things/latest');
    expect(right.status).toBe(200);
  });

  it('answers 500 for a route or a status the document does not give, not for a failure', async () => {
    const server = app(() => ({ id: 'x' }));
    const undocumentedRoute = await request(server).get('/api/hidden');
    expect(undocumentedRoute.status).toBe(500);
    const undocumentedStatus = await request(server).post('/api/things/1');
    expect(undocumentedStatus.status).toBe(500);
    const failure = await request(server).get('/api/missing');
    expect(failure.status).toBe(404);
  });
});
