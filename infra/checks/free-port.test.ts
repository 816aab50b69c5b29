import { createServer, type Server } from 'node:net';
import { freePort, freePortIn } from '../embedded.mjs';

const EPHEMERAL_RANGE_START = 32_768;

const listenOn = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('freePort', () => {
  it('hands out distinct ports below the ephemeral range, in a block of its worker', async () => {
    const ports = [];
    for (let i = 0; i < 50; i += 1) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
    const slot = Number(process.env.JEST_WORKER_ID ?? 0) % 10;
    for (const port of ports) {
      expect(port).toBeLessThan(EPHEMERAL_RANGE_START);
      expect(Math.floor((port - 12_000) / 2000)).toBe(slot);
    }
  });

  it('skips the ports that a server already listens on', async () => {
    // A block of ten ports outside every worker's block, nine of them taken.
    const start = 10_000 + 10 * Number(process.env.JEST_WORKER_ID ?? 0);
    const servers = [];
    try {
      for (let port = start; port < start + 9; port += 1) servers.push(await listenOn(port));
      expect(await freePortIn(start, 10)).toBe(start + 9);
      await expect(freePortIn(start, 10)).rejects.toThrow('no free loopback port');
    } finally {
      await Promise.all(servers.map(close));
    }
  });
});
