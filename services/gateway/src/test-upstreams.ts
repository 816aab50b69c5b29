// Small real HTTP servers standing in for the services in the gateway's tests.
import { createHash } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { freePort, serveInProcess, type RunningServer } from '@fabrique/testkit';

export type TestServer = RunningServer;

/** Listens on a free loopback port; close() also cuts kept-alive and hanging connections. */
export const startServer = (listener: RequestListener): Promise<TestServer> =>
  serveInProcess(listener);

/** What the echo upstream answers: what it received, the body as a length and digest. */
export interface Echo {
  service: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  bodyLength: number;
  bodySha256: string;
}

export interface EchoOptions {
  /** What GET /readyz answers (200 or 503). */
  ready?: boolean;
  /** What GET /openapi.json answers; 404 without one. */
  openapi?: unknown;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function echo(service: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // `/mirror` paths stream the request body straight back (large-body round trips).
  if (req.url?.includes('/mirror')) {
    res.writeHead(200, {
      'content-type': req.headers['content-type'] ?? 'application/octet-stream',
    });
    req.pipe(res);
    return;
  }
  const hash = createHash('sha256');
  let bodyLength = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bodyLength += chunk.length;
    hash.update(chunk);
  }
  const { method = '', url = '', headers } = req;
  const answer: Echo = {
    service,
    method,
    url,
    headers,
    bodyLength,
    bodySha256: hash.digest('hex'),
  };
  sendJson(res, 200, answer);
}

/** A service that answers every request with what it received. */
export function echoUpstream(service: string, options: EchoOptions = {}): Promise<TestServer> {
  return startServer((req, res) => {
    if (req.url === '/readyz') return sendJson(res, options.ready === false ? 503 : 200, {});
    if (req.url === '/openapi.json') {
      return options.openapi === undefined
        ? sendJson(res, 404, {})
        : sendJson(res, 200, options.openapi);
    }
    // The gateway may abandon a request mid-body (413, client gone): drop the exchange.
    echo(service, req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : undefined);
    });
  });
}

export interface SilentUpstream extends TestServer {
  /** Requests received so far, and how many of them the gateway has since abandoned. */
  readonly received: number;
  readonly abandoned: number;
}

/** A service that accepts requests and never answers them. */
export async function silentUpstream(): Promise<SilentUpstream> {
  let received = 0;
  let abandoned = 0;
  const server = await startServer((req) => {
    received += 1;
    req.socket.once('close', () => (abandoned += 1));
  });
  return {
    ...server,
    get received() {
      return received;
    },
    get abandoned() {
      return abandoned;
    },
  };
}

/** The URL of a loopback port nothing listens on. */
export async function closedPortUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
