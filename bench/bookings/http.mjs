// A node:http client whose agent allows as many sockets as there are concurrent clients
// (global fetch pools 10 per origin by default, which would queue the flash sale inside the
// bench), and the latency figures of a set of timed requests.
import { Agent, request as httpRequest } from 'node:http';

const TIMEOUT_MS = 120_000;

/** `request(method, path, {token, body})` → {status, body, ms}; status 'error' on failure. */
export function createClient(baseUrl, maxSockets) {
  const agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const { hostname, port } = new URL(baseUrl);
  const request = (method, path, { token, body } = {}) =>
    new Promise((resolve) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers = {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(payload && { 'content-type': 'application/json' }),
      };
      const t0 = performance.now();
      const done = (status, text) => {
        let parsed = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Not JSON (an error page or a cut connection): kept as text for the report.
        }
        resolve({ status, body: parsed, ms: performance.now() - t0 });
      };
      const req = httpRequest({ agent, hostname, port, method, path, headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => done(res.statusCode, Buffer.concat(chunks).toString()));
        res.on('error', (error) => done('error', error.message));
      });
      req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
      req.on('error', (error) => done('error', `${error.code ?? ''} ${error.message}`));
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50/p99/mean/max of the requests' durations, and how many ended in each HTTP status. */
export function latencyAndStatuses(results) {
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const httpStatus = {};
  for (const r of results) httpStatus[r.status] = (httpStatus[r.status] ?? 0) + 1;
  return {
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p99: round(percentile(sorted, 99)),
      mean: round(sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1)),
      max: round(sorted.at(-1) ?? 0),
    },
    httpStatus,
  };
}

/** How many bookings came back in each status (confirmed, waitlisted, offered …). */
export function bookingStatuses(results) {
  const counts = {};
  for (const r of results)
    if (r.status === 201) counts[r.body.status] = (counts[r.body.status] ?? 0) + 1;
  return counts;
}

export const round = (value) => Math.round(value * 100) / 100;

/** `fn` over `items`, at most `limit` at a time (reads after a scenario, not measured). */
export async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** One correctness verdict for the report. */
export const check = (name, ok, detail) => ({ name, ok: Boolean(ok), detail });
