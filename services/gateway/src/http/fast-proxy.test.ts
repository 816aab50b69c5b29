import type { IncomingMessage } from 'node:http';
import { createUpstreams } from './upstream.registry.js';
import { fastUpstream } from './fast-proxy.js';

const upstreams = createUpstreams({
  accounts: 'http://127.0.0.1:1',
  bookings: 'http://127.0.0.1:2',
});
const LIMIT = 1_000;

function request(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return { url, method, headers } as unknown as IncomingMessage;
}

describe('which requests take the fast path', () => {
  it('takes an ordinary proxied request, with its path under /api', () => {
    const routed = fastUpstream(request('/api/bookings/42?x=1'), upstreams, LIMIT);
    expect(routed?.upstream.name).toBe('bookings');
    expect(routed?.path).toBe('/api/bookings/42');
    expect(fastUpstream(request('/api/accounts'), upstreams, LIMIT)?.upstream.name).toBe(
      'accounts',
    );
  });

  it.each([
    ['a CORS request', request('/api/bookings', { origin: 'https://other.example' })],
    ['a preflight', request('/api/bookings', {}, 'OPTIONS')],
    ['a request through a proxy', request('/api/bookings', { 'x-forwarded-for': '10.0.0.1' })],
    ['a chunked body', request('/api/bookings', { 'transfer-encoding': 'chunked' })],
    ['a body above the limit', request('/api/bookings', { 'content-length': '1001' })],
    ['a dot segment', request('/api/bookings/../accounts/me')],
    ['an encoded dot segment', request('/api/bookings/%2e%2e/x')],
    ['the sign-in routes (their own limit)', request('/api/auth/login', {}, 'POST')],
    ['the docs', request('/api/docs')],
    ['the operations routes', request('/api/ops/bookings/status')],
    ['a service that is not configured', request('/api/funds')],
    ['the web app', request('/index.html')],
  ])('leaves %s to express', (_what, req) => {
    expect(fastUpstream(req, upstreams, LIMIT)).toBeUndefined();
  });
});
