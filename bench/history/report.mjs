// bench/results/history.json, the ratios of the run with history to the run without, the
// issue's targets, and the printed summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../catalogue/workspace.mjs';

const round = (value) => Math.round(value * 100) / 100;

function ratios(history, empty) {
  const per = (key) =>
    Object.fromEntries(
      Object.keys(empty[key]).map((s) => [s, round(history[key][s] / empty[key][s])]),
    );
  return {
    readyMs: per('readyMs'),
    rssAfterStartMiB: per('rssAfterStartMiB'),
    rssAfterLoadMiB: per('rssAfterLoadMiB'),
  };
}

function targets(history, ratio) {
  const worst = (values) => Math.max(...Object.values(values));
  const p99 = (name) => history.probes[name].latencyMs.p99;
  return {
    readyWithin1_5x: { worst: worst(ratio.readyMs), met: worst(ratio.readyMs) <= 1.5 },
    rssWithin1_2x: {
      worst: Math.max(worst(ratio.rssAfterStartMiB), worst(ratio.rssAfterLoadMiB)),
      met: Math.max(worst(ratio.rssAfterStartMiB), worst(ratio.rssAfterLoadMiB)) <= 1.2,
    },
    readsP99Under50Ms: Object.fromEntries(
      ['myBookingsPast', 'myBookingsUpcoming', 'roster', 'ledgerPage'].map((n) => [
        n,
        { p99: p99(n), met: p99(n) < 50 },
      ]),
    ),
    catalogueP99Under20Ms: {
      p99: p99('catalogue10Connections'),
      met: p99('catalogue10Connections') < 20,
    },
  };
}

function print(results, file) {
  const { empty, history, ratios: r } = results;
  const row = (label, a, b, ratio) =>
    `${label.padEnd(34)}${String(a).padStart(10)}${String(b).padStart(14)}${String(ratio ?? '').padStart(9)}`;
  const lines = [row('', 'without', 'with history', 'ratio')];
  for (const s of Object.keys(empty.readyMs)) {
    lines.push(
      row(
        `${s}: first start, indexes (ms)`,
        empty.firstStartReadyMs?.[s] ?? '',
        history.firstStartReadyMs?.[s] ?? '',
      ),
    );
    lines.push(
      row(`${s}: start to ready (ms)`, empty.readyMs[s], history.readyMs[s], r.readyMs[s]),
    );
    lines.push(
      row(
        `${s}: RSS after start (MiB)`,
        empty.rssAfterStartMiB[s],
        history.rssAfterStartMiB[s],
        r.rssAfterStartMiB[s],
      ),
    );
    lines.push(
      row(
        `${s}: RSS after the load (MiB)`,
        empty.rssAfterLoadMiB[s],
        history.rssAfterLoadMiB[s],
        r.rssAfterLoadMiB[s],
      ),
    );
  }
  for (const p of Object.keys(empty.probes)) {
    lines.push(
      row(`${p} p99 (ms)`, empty.probes[p].latencyMs.p99, history.probes[p].latencyMs.p99),
    );
  }
  lines.push(
    row(
      'mixed load req/s',
      round(empty.load.requests / results.config.loadS),
      round(history.load.requests / results.config.loadS),
    ),
  );
  console.log(
    `\n${lines.join('\n')}\n\ntargets: ${JSON.stringify(results.targets)}\nwritten to ${file}`,
  );
}

export function writeReport({ config, empty, history, runSeconds }) {
  const ratio = ratios(history, empty);
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    config,
    empty,
    history,
    ratios: ratio,
    targets: targets(history, ratio),
    runSeconds,
  };
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'history.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  print(results, file);
}
