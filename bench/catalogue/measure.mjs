// The measurements of one run: per query a correctness check, the service through HTTP, and the
// driver baselines with and without the secondary indexes; then the other queries that matter.
import {
  driverOperation,
  explainQuery,
  measureLoop,
  planOf,
  relayPollOperation,
  sessionFilter,
  summarise,
} from './driver.mjs';
import { fetchPage, measureHttp } from './service.mjs';
import { importWorkshopsBuild } from './workspace.mjs';

const { availabilityOf, findSession, fullSessionIds } =
  await importWorkshopsBuild('store/session.store.js');

const catalogueUrl = (baseUrl, params) => `${baseUrl}/api/sessions?${new URLSearchParams(params)}`;

/** One page through HTTP and through the driver: same ids, and what each query promises. */
async function checkQuery(models, baseUrl, query, fullIds) {
  const page = await fetchPage(catalogueUrl(baseUrl, query.params));
  const driverPage = await (await driverOperation(models, query.params))();
  const ids = page.items.map((s) => s.id);
  const p = query.params;
  const problems = [];
  if (ids.length === 0) problems.push('no items');
  if (ids.join() !== driverPage.map((d) => d._id).join())
    problems.push('the HTTP page differs from the driver page');
  for (const s of page.items) {
    if (p.commune && s.commune !== p.commune) problems.push(`${s.id}: commune ${s.commune}`);
    if (p.kind && s.kind !== p.kind) problems.push(`${s.id}: kind ${s.kind}`);
    if (p.from && (s.startsAt < p.from || s.startsAt >= p.to)) problems.push(`${s.id}: date`);
    if (p.available && (fullIds.has(s.id) || s.seatsLeft <= 0)) problems.push(`${s.id}: full`);
  }
  if (problems.length > 0) throw new Error(`${query.name}: ${problems.join('; ')}`);
  const totalMatching = await models.sessions.countDocuments(
    sessionFilter(p, p.available ? [...fullIds] : []),
  );
  return {
    pageItems: ids.length,
    totalMatching,
    hasNextPage: page.nextCursor !== null,
    titles: [...new Set(page.items.map((s) => s.title))],
    checks: p.available
      ? 'non-empty; same ids as the driver; commune holds; none in the full set, seatsLeft > 0'
      : 'non-empty; same ids as the driver; every filter holds on each item',
  };
}

async function measureService(config, baseUrl, query) {
  const url = catalogueUrl(baseUrl, query.params);
  const run = (connections, durationS) =>
    measureHttp(url, { connections, durationS, timeoutS: config.requestTimeoutS });
  if (config.warmupS > 0) await run(config.connections, config.warmupS);
  return {
    service: await run(config.connections, config.durationS),
    serviceOneConnection: await run(1, config.oneConnectionS),
  };
}

async function secondaryIndexes(models) {
  return (await models.sessions.collection.indexes())
    .map((index) => index.name)
    .filter((name) => name !== '_id_');
}

/**
 * The driver baseline with the secondary indexes of sessions, without them, and with them
 * again (A-B-A, so that a drift over time does not pass for an index effect).
 */
async function measureDriver(config, models, params, indexes) {
  const operation = await driverOperation(models, params);
  const loop = (ops) =>
    measureLoop(operation, { ops, concurrency: 1, warmupOps: 0, maxSeconds: config.maxCellS });
  const firstHalf = await loop(Math.ceil(config.driverOps / 2));
  await models.sessions.collection.dropIndexes();
  let explainWithoutIndexes;
  let without;
  let recreateMs;
  try {
    if ((await secondaryIndexes(models)).length > 0) throw new Error('indexes not dropped');
    explainWithoutIndexes = await explainQuery(models, params);
    without = await loop(config.driverOps);
  } finally {
    const started = performance.now();
    await models.sessions.syncIndexes();
    recreateMs = Math.round(performance.now() - started);
  }
  if ((await secondaryIndexes(models)).join() !== indexes.join())
    throw new Error('indexes not restored');
  const secondHalf = await loop(Math.floor(config.driverOps / 2));
  return {
    driver: summarise(firstHalf, secondHalf),
    driverWithoutIndexes: summarise(without),
    explainWithoutIndexes,
    indexesRecreatedInMs: recreateMs,
  };
}

/**
 * The other round trips of GET /api/sessions on the database path, the lookup by id that
 * keeps an in-memory catalogue current, and the outbox relay's background poll. Ids are
 * spread over the table: FerretDB scans rows in insertion order, so a lookup by `_id` (limit
 * 1) costs more the later its row comes.
 */
async function measureOtherQueries(config, models, sampleIds) {
  const loop = (operation, ops = config.driverOps) =>
    measureLoop(operation, { ops, concurrency: 1, warmupOps: 1, maxSeconds: config.maxCellS });
  let next = 0;
  const nextId = () => sampleIds[next++ % sampleIds.length];
  return {
    fullSessionIds: summarise(await loop(() => fullSessionIds(models))),
    availabilityOf20Ids: summarise(
      await loop(async () => [...(await availabilityOf(models, sampleIds))]),
    ),
    findSessionById: {
      ...summarise(
        await loop(async () => [await findSession(models, nextId())], 2 * sampleIds.length),
      ),
      explain: await planOf(models.sessions.findById(sampleIds.at(-1))),
    },
    outboxRelayPollOfSessions: {
      ...summarise(await loop(relayPollOperation(models), Math.min(3, config.driverOps))),
      explain: await planOf(relayPollOperation(models)()),
    },
  };
}

export async function measureAll(config, models, baseUrl, { queries, sampleSessionIds }) {
  const fullIds = new Set(await fullSessionIds(models));
  const indexes = await secondaryIndexes(models);
  const perQuery = {};
  for (const query of queries) {
    console.log(`checking and measuring ${query.name} …`);
    perQuery[query.name] = {
      params: query.params,
      ...(await checkQuery(models, baseUrl, query, fullIds)),
      ...(await measureService(config, baseUrl, query)),
      explain: await explainQuery(models, query.params),
      ...(await measureDriver(config, models, query.params, indexes)),
    };
  }
  console.log('measuring the other queries …');
  return {
    perQuery,
    otherQueries: await measureOtherQueries(config, models, sampleSessionIds),
    secondaryIndexes: indexes,
  };
}
