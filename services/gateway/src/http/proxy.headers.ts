import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http';

// Hop-by-hop headers describe one connection, not the message (RFC 9110 §7.6.1); `proxy-*`
// ones too. `host` is dropped as well: node:http sets the upstream's own.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

// Set by the gateway itself; whatever a client sends under these names is replaced.
const GATEWAY_OWNED = new Set([
  'host',
  'x-request-id',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  // The trace context of the gateway's own span replaces the caller's (see proxy.handler.ts).
  'traceparent',
  'tracestate',
]);

/** Headers a `Connection: close, x-foo` header declares hop-by-hop for this one hop. */
function connectionListed(connection: string | undefined): Set<string> {
  if (connection === undefined) return new Set();
  return new Set(connection.split(',').map((token) => token.trim().toLowerCase()));
}

function isHopByHop(name: string, listed: Set<string>): boolean {
  return HOP_BY_HOP.has(name) || name.startsWith('proxy-') || listed.has(name);
}

/** End-to-end headers of a message, without the hop-by-hop ones and the `skip` ones. */
export function endToEnd(
  headers: IncomingHttpHeaders,
  skip?: ReadonlySet<string>,
): OutgoingHttpHeaders {
  const listed = connectionListed(headers.connection);
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || isHopByHop(name, listed) || skip?.has(name)) continue;
    kept[name] = value;
  }
  return kept;
}

/** Where a request came from, as the gateway tells the services (X-Forwarded-Proto/-Host). */
export interface Origin {
  protocol: string;
  host: string | undefined;
}

/** What the upstream receives: the client's headers plus the request id and X-Forwarded-*. */
export function upstreamRequestHeaders(
  req: IncomingMessage,
  requestId: string | undefined,
  origin: Origin,
): OutgoingHttpHeaders {
  const headers = endToEnd(req.headers, GATEWAY_OWNED);
  // node:http already removed the client's chunked framing; re-frame the body the same way
  // (without the header node:http would not chunk e.g. a DELETE body).
  if (req.headers['transfer-encoding'] !== undefined) headers['transfer-encoding'] = 'chunked';
  if (requestId !== undefined) headers['x-request-id'] = requestId;
  const client = req.socket.remoteAddress;
  const given = req.headers['x-forwarded-for'];
  const prior = Array.isArray(given) ? given.join(', ') : given;
  if (client !== undefined) headers['x-forwarded-for'] = prior ? `${prior}, ${client}` : client;
  // Both honour `trust proxy`: a load balancer in front of the gateway may have set them.
  headers['x-forwarded-proto'] = origin.protocol;
  if (origin.host) headers['x-forwarded-host'] = origin.host;
  return headers;
}
