// Baselines measured in the same run as the HTTP figures: the catalogue's queries straight
// through mongoose against FerretDB, sequentially, and FerretDB's plans for them.
import { importWorkshopsBuild } from './workspace.mjs';

const { queryTokens } = await importWorkshopsBuild('domain/search-tokens.js');
const { fullSessionIds } = await importWorkshopsBuild('store/session.store.js');

const LIMIT = 20;

/**
 * The filter `searchSessions` (services/workshops/src/store/session.store.ts) builds for a
 * first page, written out here so that the baseline is the bare driver call.
 */
export function sessionFilter(params, excludeIds, now = new Date()) {
  const tokens = params.q ? queryTokens(params.q) : [];
  return {
    listed: true,
    status: 'scheduled',
    startsAt: {
      $gte: params.from ? new Date(params.from) : now,
      ...(params.to && { $lt: new Date(params.to) }),
    },
    ...(params.kind && { kind: params.kind }),
    ...(params.commune && { commune: params.commune }),
    ...(tokens.length > 0 && { tokens: { $all: tokens } }),
    ...(params.available === 'true' && excludeIds.length > 0 && { _id: { $nin: excludeIds } }),
  };
}

function sessionsQuery(models, params, excludeIds) {
  return models.sessions
    .find(sessionFilter(params, excludeIds), { outbox: 0, tokens: 0 })
    .sort({ startsAt: 1, _id: 1 })
    .limit(LIMIT);
}

/** One bare driver call: find().sort().limit(20) (full ids looked up once, outside). */
export async function driverOperation(models, params) {
  const excludeIds = params.available === 'true' ? await fullSessionIds(models) : [];
  return () => sessionsQuery(models, params, excludeIds).lean();
}

/** The store's plan in one line: SQLite's plan lines, or PostgreSQL's nodes and their indexes. */
function planSummary(plan) {
  if (Array.isArray(plan)) return plan.join(' ');
  if (!plan || typeof plan !== 'object') return String(plan);
  const node = `${plan['Node Type']}${plan['Index Name'] ? ` on ${plan['Index Name']}` : ''}`;
  const children = (plan.Plans ?? []).map(planSummary);
  return children.length > 0 ? `${node} < ${children.join(', ')}` : node;
}

/** FerretDB's explain of a mongoose query: whether filter, sort and limit reach the store. */
export async function planOf(query) {
  const { filterPushdown, sortPushdown, limitPushdown, queryPlanner } =
    (await query.explain()) ?? {};
  return {
    filterPushdown,
    sortPushdown,
    limitPushdown,
    storePlan: planSummary(queryPlanner?.Plan),
  };
}

/** The plan of the bare catalogue query. */
export async function explainQuery(models, params) {
  const excludeIds = params.available === 'true' ? await fullSessionIds(models) : [];
  return planOf(sessionsQuery(models, params, excludeIds));
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `operation` `ops` times from `concurrency` sequential loops, after `warmupOps`
 * unmeasured ones; stops early once `maxSeconds` have passed (bounded on a slow machine).
 * Returns the raw samples: `summarise` turns one or several runs into figures.
 */
export async function measureLoop(operation, { ops, concurrency, warmupOps, maxSeconds }) {
  for (let i = 0; i < warmupOps; i += 1) await operation();
  const samplesMs = [];
  let issued = 0;
  let results = 0;
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  const worker = async () => {
    while (issued < ops && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      results = (await operation()).length;
      samplesMs.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { concurrency, samplesMs, elapsedS: (performance.now() - started) / 1000, results };
}

/** ops/s, p50, p99 and mean of one or more runs of `measureLoop` (same concurrency). */
export function summarise(...runs) {
  const samples = runs.flatMap((r) => r.samplesMs).sort((a, b) => a - b);
  const elapsedS = runs.reduce((sum, r) => sum + r.elapsedS, 0);
  const mean = samples.reduce((sum, v) => sum + v, 0) / samples.length;
  return {
    concurrency: runs[0].concurrency,
    ops: samples.length,
    opsPerSecond: round(samples.length / elapsedS),
    latencyMs: {
      p50: round(percentile(samples, 50)),
      p99: round(percentile(samples, 99)),
      mean: round(mean),
    },
    samplesMs: samples.map(round),
    resultsPerCall: runs.at(-1).results,
  };
}

const round = (value) => Math.round(value * 100) / 100;

/**
 * The outbox relay's safety-net scan (packages/bus/src/outbox-relay.ts) of the sessions
 * collection: what a running service costs FerretDB in the background, once per poll interval.
 */
export function relayPollOperation(models) {
  return () =>
    models.sessions.find({ outboxPending: true }, { outbox: 1 }).sort({ _id: 1 }).limit(100).lean();
}
