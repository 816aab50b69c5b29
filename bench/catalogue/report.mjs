// Ratios, bench/results/catalogue.json and the printed summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './workspace.mjs';

const round = (value) => Math.round(value * 100) / 100;
const ratio = (a, b) => (b > 0 ? round(a / b) : null);

/** Service against driver at equal footing (one request at a time), and indexes off/on. */
function ratiosOf(q) {
  const one = q.serviceOneConnection;
  return {
    throughputServiceOneConnectionOverDriver: ratio(one.requestsPerSecond, q.driver.opsPerSecond),
    throughputServiceOverDriver: ratio(q.service.requestsPerSecond, q.driver.opsPerSecond),
    meanLatencyDriverOverServiceOneConnection: ratio(q.driver.latencyMs.mean, one.latencyMs.mean),
    addedP50MsServiceOneConnection: round(one.latencyMs.p50 - q.driver.latencyMs.p50),
    addedP99MsServiceOneConnection: round(one.latencyMs.p99 - q.driver.latencyMs.p99),
    throughputDriverWithoutIndexesOverWith: ratio(
      q.driverWithoutIndexes.opsPerSecond,
      q.driver.opsPerSecond,
    ),
    p50DriverWithoutIndexesOverWith: ratio(
      q.driverWithoutIndexes.latencyMs.p50,
      q.driver.latencyMs.p50,
    ),
  };
}

function machine() {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemoryMb: Math.round(totalmem() / 1_048_576),
    platform: `${process.platform} ${process.arch}`,
  };
}

const fmt = (r, unit) =>
  `${String(r.requestsPerSecond ?? r.opsPerSecond).padStart(8)} ${unit}/s  ` +
  `p50 ${String(r.latencyMs.p50).padStart(8)} ms  p99 ${String(r.latencyMs.p99).padStart(8)} ms`;

function queryLines(name, q) {
  const r = q.ratios;
  return [
    `\n${name}  ${new URLSearchParams(q.params)}`,
    `  results: ${q.pageItems} on the first page, ${q.totalMatching} matching in all`,
    `  service, ${String(q.service.connections).padStart(2)} connections   ${fmt(q.service, 'req')}`,
    `  service, 1 connection     ${fmt(q.serviceOneConnection, 'req')}`,
    `  driver, indexes           ${fmt(q.driver, 'ops')}`,
    `  driver, no sec. indexes   ${fmt(q.driverWithoutIndexes, 'ops')}`,
    `  service(1 conn)/driver throughput ${r.throughputServiceOneConnectionOverDriver}, ` +
      `service(${q.service.connections} conn)/driver ${r.throughputServiceOverDriver}; ` +
      `driver without/with indexes ${r.throughputDriverWithoutIndexesOverWith}; ` +
      `pushdown: filter ${q.explain.filterPushdown}, sort ${q.explain.sortPushdown}, ` +
      `plan ${q.explain.storePlan}`,
  ];
}

function summaryLines(results) {
  const { setup } = results;
  const other = results.otherQueries;
  return [
    `service ready ${results.serviceReadyMs} ms after spawn; outbox relay ` +
      `${setup.serviceOutboxRelayEnabled ? 'on (as shipped)' : 'off (OUTBOX_RELAY_ENABLED=false)'}`,
    ...Object.entries(results.queries).flatMap(([name, q]) => queryLines(name, q)),
    `\nother queries (driver, sequential):`,
    `  fullSessionIds (available=true)      ${fmt(other.fullSessionIds, 'ops')}`,
    `  availabilityOf(20 ids)               ${fmt(other.availabilityOf20Ids, 'ops')}`,
    `  findSession by _id (ids spread)      ${fmt(other.findSessionById, 'ops')}` +
      `  plan ${other.findSessionById.explain.storePlan}`,
    `  outbox relay safety-net scan        ${fmt(other.outboxRelayPollOfSessions, 'ops')}`,
  ];
}

/** What the plans say, read off the explain outputs of this run. */
function ferretdbFindings(queries, other) {
  const plans = [
    ...Object.values(queries).flatMap((q) => [q.explain, q.explainWithoutIndexes]),
    other.findSessionById.explain,
    other.outboxRelayPollOfSessions.explain,
  ];
  return {
    catalogueFiltersPushedDown: Object.values(queries).some((q) => q.explain.filterPushdown),
    catalogueSortsPushedDown: Object.values(queries).some((q) => q.explain.sortPushdown),
    lookupByIdPushedDown: other.findSessionById.explain.filterPushdown,
    anyStorePlanUsesAnIndex: plans.some((p) => /index/i.test(p.storePlan ?? '')),
  };
}

export function writeReport({ config, seeding, serviceReadyMs, measured, runSeconds }) {
  const queries = Object.fromEntries(
    Object.entries(measured.perQuery).map(([name, q]) => [name, { ...q, ratios: ratiosOf(q) }]),
  );
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    machine: machine(),
    backend: 'FerretDB 1.24 on PostgreSQL 16 and NATS, embedded on loopback, fresh temp data',
    setup: {
      connections: config.connections,
      durationS: config.durationS,
      warmupS: config.warmupS,
      oneConnectionS: config.oneConnectionS,
      driverOpsPerMeasurement: config.driverOps,
      driver:
        'one sequential loop of find().sort().limit(20) with the filter of searchSessions; ' +
        'with indexes: half before and half after the run without them (A-B-A)',
      serviceLogLevel: config.logLevel,
      serviceOutboxRelayEnabled: config.outboxRelay,
      seed: config.seed,
    },
    seeding: {
      method:
        'seeded through the store, not the API: domain draftWorkshop/changeStatus/scheduleSession ' +
        'and store toDocument, insertMany in batches of 1000; overlaps refused in memory with the ' +
        "service's slot-claim ids, claim documents not written; outboxes empty (events count as " +
        'relayed); availability documents shaped as the availability handler writes them',
      ...seeding,
    },
    serviceReadyMs,
    serviceReadyNote: 'spawn to /readyz 200, including whatever the service loads at start',
    secondaryIndexesOnSessions: measured.secondaryIndexes,
    queries,
    otherQueries: measured.otherQueries,
    ferretdbPlans: ferretdbFindings(queries, measured.otherQueries),
    runSeconds,
  };
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'catalogue.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(summaryLines(results).join('\n'));
  const { counts, timingsMs } = seeding;
  console.log(
    `\nseeded ${counts.sessions} sessions, ${counts.workshops} workshops, ${counts.fullSessions} full ` +
      `in ${timingsMs.build + timingsMs.write} ms (build ${timingsMs.build}, write ${timingsMs.write}); ` +
      `run ${runSeconds} s\nwritten to ${file}`,
  );
}
