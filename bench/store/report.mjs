// Ratios, targets, bench/results/store.json and the printed table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './workspace.mjs';

const round = (value) => Math.round(value * 100) / 100;
// Targets of the embedded default (issue: the embedded database answers by index).
const TARGET_MEDIAN_MS = 3;
const TARGET_GROWTH = 2;

/** Per backend and operation: median at the largest size ÷ median at the smallest. */
function growthOf(backends, sizes) {
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const growth = {};
  for (const [backend, bySize] of Object.entries(backends)) {
    growth[backend] = {};
    for (const operation of Object.keys(bySize[small].operations)) {
      growth[backend][operation] = round(
        bySize[large].operations[operation].medianMs / bySize[small].operations[operation].medianMs,
      );
    }
  }
  return growth;
}

/** Per size and operation: PostgreSQL median ÷ SQLite median (the baseline of the same run). */
function postgresqlOverSqlite(backends, sizes) {
  if (!backends.postgresql || !backends.sqlite) return undefined;
  const ratios = {};
  for (const size of sizes) {
    ratios[size] = {};
    for (const [operation, figures] of Object.entries(backends.postgresql[size].operations)) {
      ratios[size][operation] = round(
        figures.medianMs / backends.sqlite[size].operations[operation].medianMs,
      );
    }
  }
  return ratios;
}

function targetsOf(backends, growth, sizes) {
  const pg = backends.postgresql;
  if (!pg) return undefined;
  const slowest = Math.max(
    ...sizes.flatMap((s) => Object.values(pg[s].operations).map((o) => o.medianMs)),
  );
  const largestGrowth = Math.max(...Object.values(growth.postgresql));
  return {
    medianAtMost3Ms: { worstMedianMs: slowest, met: slowest <= TARGET_MEDIAN_MS },
    largestWithin2xOfSmallest: { worstGrowth: largestGrowth, met: largestGrowth <= TARGET_GROWTH },
  };
}

function printTable({ backends, growthLargestOverSmallest: growth, config }) {
  const sizes = config.sizes;
  for (const [backend, bySize] of Object.entries(backends)) {
    console.log(`\n${backend}`);
    const header = ['operation', ...sizes.flatMap((s) => [`${s} median`, `${s} p99`]), 'growth'];
    console.log(header.map((h) => h.padStart(14)).join(''));
    for (const operation of Object.keys(bySize[sizes[0]].operations)) {
      const cells = sizes.flatMap((s) => {
        const o = bySize[s].operations[operation];
        return [`${o.medianMs} ms`, `${o.p99Ms} ms`];
      });
      console.log(
        [operation, ...cells, `${growth[backend][operation]}×`]
          .map((c) => String(c).padStart(14))
          .join(''),
      );
    }
  }
}

/** Writes bench/results/store.json, prints the tables; returns whether every answer was right. */
export function writeReport({ config, backends, runSeconds }) {
  const growth = growthOf(backends, config.sizes);
  const ok = Object.values(backends).every((bySize) =>
    Object.values(bySize).every((figures) => figures.answers.ok),
  );
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    config,
    backends,
    growthLargestOverSmallest: growth,
    postgresqlOverSqlite: postgresqlOverSqlite(backends, config.sizes),
    targets: targetsOf(backends, growth, config.sizes),
    ok,
    runSeconds,
  };
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'store.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  console.log(
    `\ntargets: ${JSON.stringify(results.targets)}\nanswers ${ok ? 'right' : 'WRONG'}; written to ${file}`,
  );
  return ok;
}
