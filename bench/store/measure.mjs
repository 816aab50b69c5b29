// Timing of one operation: sequential calls, one at a time, bounded in count and in time
// (an operation that scans 100,000 documents on SQLite takes seconds per call).
const round = (value) => Math.round(value * 100) / 100;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function timeOperation(operation, { samples, maxSeconds, warmUp, offset }) {
  for (let i = 0; i < warmUp; i += 1) await operation(offset + i);
  const timesMs = [];
  const deadline = performance.now() + maxSeconds * 1000;
  for (let i = 0; i < samples && (i < 5 || performance.now() < deadline); i += 1) {
    const started = performance.now();
    await operation(offset + warmUp + i);
    timesMs.push(performance.now() - started);
  }
  timesMs.sort((a, b) => a - b);
  return {
    samples: timesMs.length,
    medianMs: round(percentile(timesMs, 50)),
    p99Ms: round(percentile(timesMs, 99)),
    maxMs: round(timesMs.at(-1)),
  };
}
