import http from 'node:http';
import https from 'node:https';
import { ROUTE_TABLE, type ServiceName } from './route.table.js';

/** One service behind the gateway, with its own pool of kept-alive connections. */
export interface Upstream {
  name: ServiceName;
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8081`. */
  baseUrl: string;
  /** Options shared by every request to this upstream; the path is appended per request. */
  target: { protocol: string; hostname: string; port: number; basePath: string };
  agent: http.Agent;
  send: typeof http.request;
}

export interface Upstreams {
  /** The configured service owning this first path segment after `/api`, if any. */
  forSegment(segment: string): Upstream | undefined;
  readonly all: readonly Upstream[];
  /** Closes pooled connections (shutdown, tests). */
  close(): void;
}

// Reusing connections saves a TCP handshake per request, the gateway's main overhead. The cap
// bounds sockets per service under a burst; requests above it wait in the agent's queue.
const MAX_SOCKETS_PER_UPSTREAM = 256;

function upstreamOf(name: ServiceName, baseUrl: string): Upstream {
  const url = new URL(baseUrl);
  const secure = url.protocol === 'https:';
  const agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS_PER_UPSTREAM };
  return {
    name,
    baseUrl,
    target: {
      protocol: url.protocol,
      // URL keeps the brackets of IPv6 literals; node:http wants the bare address.
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: Number(url.port || (secure ? 443 : 80)),
      basePath: url.pathname.replace(/\/+$/, ''),
    },
    agent: secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions),
    send: secure ? https.request : http.request,
  };
}

export function createUpstreams(urls: Partial<Record<ServiceName, string>>): Upstreams {
  const byName = new Map<ServiceName, Upstream>();
  for (const [name, baseUrl] of Object.entries(urls) as [ServiceName, string][]) {
    byName.set(name, upstreamOf(name, baseUrl));
  }
  return {
    forSegment: (segment) => {
      const name = ROUTE_TABLE.get(segment);
      return name === undefined ? undefined : byName.get(name);
    },
    all: [...byName.values()],
    close: () => byName.forEach((upstream) => upstream.agent.destroy()),
  };
}
