#!/usr/bin/env node
// Gateway overhead benchmark: the same authenticated GET, directly against a service and
// through the real gateway in front of it, measured back to back with autocannon. Writes
// bench/results/gateway.json. Build first: `pnpm run build && node bench/gateway/run.mjs`.
// Environment: BENCH_DURATION_S (default 10), BENCH_CONNECTIONS (20), BENCH_WARMUP_S (3),
// LOG_LEVEL of both processes (default silent, the same for both so logging cancels out);
// other gateway variables pass through, e.g. TOKEN_CACHE_TTL_MS=0 to verify every request.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { repoRoot } from './workspace.mjs';

const durationS = Number(process.env.BENCH_DURATION_S ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const warmupS = Number(process.env.BENCH_WARMUP_S ?? 3);
const logLevel = process.env.LOG_LEVEL ?? 'silent';
const children = [];

/** Starts a child script and resolves with the message it sends once it listens. */
function startChild(script, env) {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), {
    env: { ...process.env, LOG_LEVEL: logLevel, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited early (${code})`)));
  });
}

function measure(url, token, seconds) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
}

function summary(result) {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${result.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.average },
    requests: result.requests.total,
  };
}

/** One request each way first: the route answers, and answers the same through the gateway. */
async function checkSameAnswer(directUrl, gatewayUrl, token) {
  const headers = { authorization: `Bearer ${token}` };
  const [direct, proxied] = await Promise.all([
    fetch(directUrl, { headers }).then((res) => res.text()),
    fetch(gatewayUrl, { headers }).then((res) => res.text()),
  ]);
  if (direct !== proxied || !direct.includes('bench-account')) {
    throw new Error(`answers differ:\n  direct:  ${direct}\n  gateway: ${proxied}`);
  }
}

async function main() {
  const upstream = await startChild('./upstream.mjs', {});
  const upstreamUrl = `http://127.0.0.1:${upstream.port}`;
  const gateway = await startChild('./gateway.mjs', {
    PORT: '0',
    ACCOUNTS_URL: upstreamUrl,
    // Far above the benchmark's rate, but the limiter still runs on every request.
    RATE_LIMIT_MAX: '1000000000',
  });
  const directUrl = `${upstreamUrl}/api/me`;
  const gatewayUrl = `http://127.0.0.1:${gateway.port}/api/me`;
  await checkSameAnswer(directUrl, gatewayUrl, upstream.token);

  console.log(
    `warming up (${warmupS} s each), then ${durationS} s each, ${connections} connections`,
  );
  await measure(directUrl, upstream.token, warmupS);
  await measure(gatewayUrl, upstream.token, warmupS);
  const direct = summary(await measure(directUrl, upstream.token, durationS));
  const viaGateway = summary(await measure(gatewayUrl, upstream.token, durationS));
  return report(direct, viaGateway);
}

function report(direct, gateway) {
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    setup: {
      durationS,
      warmupS,
      connections,
      route: 'GET /api/me (authenticated)',
      logLevel,
      tokenCacheTtlMs: Number(process.env.TOKEN_CACHE_TTL_MS ?? 60_000),
    },
    direct,
    gateway,
    ratios: {
      throughputGatewayOverDirect: round(gateway.requestsPerSecond / direct.requestsPerSecond),
      addedP50Ms: round(gateway.latencyMs.p50 - direct.latencyMs.p50),
      addedP99Ms: round(gateway.latencyMs.p99 - direct.latencyMs.p99),
    },
  };
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'gateway.json'), `${JSON.stringify(results, null, 2)}\n`);
  const line = (name, r) =>
    `${name.padEnd(8)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${r.latencyMs.p50} ms   p99 ${r.latencyMs.p99} ms`;
  console.log(`\n${line('direct', direct)}\n${line('gateway', gateway)}`);
  console.log(
    `gateway/direct throughput ${results.ratios.throughputGatewayOverDirect}, ` +
      `added p50 ${results.ratios.addedP50Ms} ms, added p99 ${results.ratios.addedP99Ms} ms`,
  );
  console.log(`written to ${join(dir, 'gateway.json')}`);
}

const round = (value) => Math.round(value * 100) / 100;

try {
  await main();
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
