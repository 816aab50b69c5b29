// bench/results/bookings.json (git-ignored) and the summary printed at the end of a run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { round } from './http.mjs';
import { repoRoot } from './workspace.mjs';

/** Writes the results file, prints the summary; returns whether every check passed. */
export function writeReport({
  config,
  serviceReadyMs,
  warmUpStatus,
  baseline,
  flash,
  steady,
  runSeconds,
}) {
  const checks = [
    ...flash.checks.map((c) => ({ scenario: 'flashSale', ...c })),
    ...steady.checks.map((c) => ({ scenario: 'steady', ...c })),
  ];
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    config,
    serviceReadyMs,
    warmUpStatus,
    baseline,
    flashSale: flash,
    steady,
    ratios: {
      // Bookings per second ÷ bare inserts per second at the same concurrency.
      steadyOverDriverConcurrent: round(
        steady.requestsPerSecond / baseline.concurrent.insertsPerSecond,
      ),
      steadyOverDriverSequential: round(
        steady.requestsPerSecond / baseline.sequential.insertsPerSecond,
      ),
      flashOverDriverConcurrent: round(
        flash.requestsPerSecond / baseline.concurrent.insertsPerSecond,
      ),
    },
    ok: checks.every((c) => c.ok),
    checks,
    runSeconds,
  };
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bookings.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  printSummary(results, file);
  return results.ok;
}

const figures = (r) =>
  `p50 ${r.latencyMs.p50} ms  p99 ${r.latencyMs.p99} ms  max ${r.latencyMs.max} ms  ` +
  `HTTP ${JSON.stringify(r.httpStatus)}  bookings ${JSON.stringify(r.bookingStatus)}`;

function printSummary({ flashSale: f, steady: s, baseline: b, ratios, checks, ok }, file) {
  const lines = [
    `flash sale  ${f.setup.clients} clients, ${f.setup.capacity} seats: ${f.wallS} s wall, ` +
      `${f.requestsPerSecond} req/s`,
    `            ${figures(f)}`,
    `steady      ${s.setup.connections} clients, ${s.setup.sessions} sessions × ` +
      `${s.setup.capacity} seats: ${s.requests} requests in ${s.elapsedS} s, ` +
      `${s.requestsPerSecond} req/s, ${s.sessionsFull} sessions full`,
    `            ${figures(s)}`,
    `driver      insertOne sequential ${b.sequential.insertsPerSecond}/s ` +
      `(p50 ${b.sequential.latencyMs.p50} ms), ${b.concurrent.concurrency} concurrent ` +
      `${b.concurrent.insertsPerSecond}/s (p50 ${b.concurrent.latencyMs.p50} ms)`,
    `ratios      steady ÷ driver concurrent ${ratios.steadyOverDriverConcurrent}, ` +
      `÷ sequential ${ratios.steadyOverDriverSequential}; ` +
      `flash ÷ driver concurrent ${ratios.flashOverDriverConcurrent}`,
    ...checks.map((c) => `${c.ok ? '  ok  ' : '  FAIL'} ${c.scenario}: ${c.name} (${c.detail})`),
    s.residentsExhausted ? 'note: the pre-signed residents ran out before the end' : '',
    ok ? 'all checks passed' : 'SOME CHECKS FAILED',
    `written to ${file}`,
  ];
  console.log(`\n${lines.filter(Boolean).join('\n')}`);
}
