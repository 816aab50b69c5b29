import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startGateway } from '../test-gateway.js';
import type { TestServer } from '../test-upstreams.js';

let gateway: TestServer;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'fabrique-web-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Fabrique</title>');
  writeFileSync(join(dist, 'app.js'), 'console.log("fabrique");');
  gateway = await startGateway({ WEB_DIST_DIR: dist });
});

afterAll(() => gateway.close());

describe('WEB_DIST_DIR', () => {
  it('serves the UI’s files, and index.html for client-side routes', async () => {
    const script = await request(gateway.url).get('/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    for (const path of ['/', '/ateliers/reparation/2025-03-01']) {
      const page = await request(gateway.url).get(path);
      expect(page.status).toBe(200);
      expect(page.text).toContain('<title>Fabrique</title>');
    }
  });

  it('leaves /api and other methods alone', async () => {
    const api = await request(gateway.url).get('/api/workshops');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.text)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await request(gateway.url).post('/somewhere')).status).toBe(404);
  });
});
