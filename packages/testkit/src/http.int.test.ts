import { serveInProcess } from './http.js';

describe('serveInProcess', () => {
  it('serves an app on a loopback port until closed', async () => {
    const server = await serveInProcess((_req, res) => {
      res.end('bonjour');
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(server.url)).text()).toBe('bonjour');
    await server.close();
    await expect(fetch(server.url)).rejects.toThrow();
  });
});
