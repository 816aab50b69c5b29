// Reconciliation from the command line: `npm run funds:reconcile [-- --rebuild-into <mongoUrl>]`
// (see README). Prints a JSON report on stdout and exits 1 when a summary differs.
import { connectBus, type Bus } from '@fabrique/bus';
import {
  ConfigError,
  connectMongo,
  createLogger,
  syncAllIndexes,
  type Logger,
} from '@fabrique/service-kit';
import { loadFundsConfig } from './config.js';
import { FundBook } from './domain/fund-book.js';
import { fundsModels } from './store/models.js';
import { bookTarget, rebuildFromEvents, replayFundEvents } from './use-cases/rebuild.js';
import { bookFromDatabase, compareBooks } from './use-cases/reconcile.js';

const USAGE = `usage:
  npm run funds:reconcile
      compares every fund summary recomputed from the ledger (MONGO_URL) with the one
      the events give (NATS_URL, replayed from the first)
  npm run funds:reconcile -- --rebuild-into <mongodb://host:port/empty_database>
      rebuilds funds, ledger and delivered sessions from the events into that empty
      database, then compares its summaries with those of MONGO_URL`;

// The embedded default of `npm start`, so that it runs there without exports.
const EMBEDDED_DEFAULTS = {
  PORT: '0',
  MONGO_URL: 'mongodb://127.0.0.1:27017/fabrique_funds',
  NATS_URL: 'nats://127.0.0.1:4222',
  LOG_LEVEL: 'warn',
};

function rebuildTarget(args: string[]): string | undefined {
  if (args.length === 0) return undefined;
  const [flag, url] = args;
  if (flag !== '--rebuild-into' || !url || args.length > 2 || !/^mongodb(\+srv)?:\/\//.test(url))
    throw new Error(USAGE);
  return url;
}

/** Events into a new database; its summaries are then the rebuilt side. */
async function rebuildInto(url: string, bus: Bus, logger: Logger) {
  const connection = await connectMongo(url);
  try {
    const models = fundsModels(connection);
    // Rebuilt summaries must come from the events alone, not from what a database held before.
    for (const model of [models.funds, models.entries, models.deliveries])
      if ((await model.estimatedDocumentCount()) > 0)
        throw new Error('the --rebuild-into database is not empty: give an empty one');
    await syncAllIndexes(models);
    const replayed = await rebuildFromEvents(bus, models, logger);
    return { replayed, book: await bookFromDatabase(models) };
  } finally {
    await connection.close();
  }
}

async function main(args: string[]): Promise<boolean> {
  const target = rebuildTarget(args);
  const config = loadFundsConfig({ ...EMBEDDED_DEFAULTS, ...process.env });
  const logger = createLogger('funds-reconcile', config.LOG_LEVEL);
  const connection = await connectMongo(config.MONGO_URL);
  const bus = await connectBus({
    servers: config.NATS_URL,
    name: 'funds-reconcile',
    namespace: config.NATS_NAMESPACE,
    streamReplicas: config.NATS_STREAM_REPLICAS,
  });
  try {
    const live = await bookFromDatabase(fundsModels(connection));
    const rebuilt = target
      ? await rebuildInto(target, bus, logger)
      : await replayInMemory(bus, logger);
    const report = await compareBooks(live, rebuilt.book, new Date());
    const sides = {
      live: 'the ledger database (MONGO_URL)',
      // Not the URL itself: it may carry a password.
      rebuilt: target
        ? 'the events, rebuilt into the --rebuild-into database'
        : 'the events, replayed in memory',
    };
    console.log(JSON.stringify({ ...sides, ...report, replayed: rebuilt.replayed }, null, 2));
    return report.ok && rebuilt.replayed.invalid === 0;
  } finally {
    await bus.close();
    await connection.close();
  }
}

async function replayInMemory(bus: Bus, logger: Logger) {
  const book = new FundBook();
  const replayed = await replayFundEvents(bus, bookTarget(book), logger);
  return { replayed, book };
}

main(process.argv.slice(2))
  .then((ok) => process.exit(ok ? 0 : 1))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  });
