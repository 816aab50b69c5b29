// Starts the real gateway app on a loopback port for the tests.
import http from 'node:http';
import { createLogger } from '@fabrique/service-kit';
import { serveInProcess } from '@fabrique/testkit';
import { createApp } from './app.js';
import { loadGatewayConfig, upstreamUrls } from './config.js';
import { createUpstreams } from './http/upstream.registry.js';
import { startEdgeRevocations } from './revocations.js';
import type { TestServer } from './test-upstreams.js';

/**
 * Starts the gateway with the given environment (strings, as the process would get them),
 * following revocations as main.ts does when NATS_URL is among them.
 */
export async function startGateway(env: Record<string, string>): Promise<TestServer> {
  const config = loadGatewayConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env });
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const upstreams = createUpstreams(upstreamUrls(config));
  const revocations = await startEdgeRevocations(config, logger);
  const app = createApp({ logger, config, upstreams, revoked: revocations?.revoked });
  const server = await serveInProcess(app);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      upstreams.close();
      await revocations?.stop();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A request whose body is written chunk by chunk without Content-Length (chunked framing),
 * which fetch and supertest do not make easy.
 */
export function chunkedRequest(url: string, chunks: Buffer[], headers = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      const body: Buffer[] = [];
      res.on('data', (chunk: Buffer) => body.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(body) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}
