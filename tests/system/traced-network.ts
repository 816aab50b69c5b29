// Bookings, workshops and funds wired as their main.ts do, on one NATS namespace and each on
// its own database, behind the real gateway app. Only bookings serves HTTP here: the others
// take part as consumers.
import { createLogger } from '@fabrique/service-kit';
import {
  serveInProcess,
  testInfra,
  uniqueName,
  type RunningServer,
  type TestTokens,
} from '@fabrique/testkit';
import { createApp as createBookingsApp } from '../../services/bookings/src/app.js';
import { loadBookingsConfig } from '../../services/bookings/src/config.js';
import { startRuntime as startBookings } from '../../services/bookings/src/runtime.js';
import { stopRuntime as stopBookings } from '../../services/bookings/src/test-harness.js';
import { loadFundsConfig } from '../../services/funds/src/config.js';
import { startRuntime as startFunds } from '../../services/funds/src/runtime.js';
import { stopRuntime as stopFunds } from '../../services/funds/src/test-harness.js';
import { createApp as createGatewayApp } from '../../services/gateway/src/app.js';
import { loadGatewayConfig } from '../../services/gateway/src/config.js';
import { loadWorkshopsConfig } from '../../services/workshops/src/config.js';
import { startRuntime as startWorkshops } from '../../services/workshops/src/runtime.js';
import { stopRuntime as stopWorkshops } from '../../services/workshops/src/test-harness.js';

export interface TracedNetwork {
  tokens: TestTokens;
  bookings: Awaited<ReturnType<typeof startBookings>>;
  gatewayApp: ReturnType<typeof createGatewayApp>;
  stop(): Promise<void>;
}

function envFor(service: string, namespace: string) {
  const infra = testInfra();
  return {
    PORT: '0',
    LOG_LEVEL: 'silent',
    MONGO_URL: `${infra.mongoUrl}${uniqueName(`trace_${service}`)}`,
    NATS_URL: infra.natsUrl,
    NATS_NAMESPACE: namespace,
  };
}

async function startConsumers(namespace: string) {
  const logger = (name: string) => createLogger(name, 'silent');
  const workshops = await startWorkshops(
    loadWorkshopsConfig(envFor('workshops', namespace)),
    logger('workshops'),
  );
  const funds = await startFunds(loadFundsConfig(envFor('funds', namespace)), logger('funds'));
  workshops.relay.start();
  funds.relay.start();
  return {
    async stop() {
      await stopFunds(funds);
      await stopWorkshops(workshops);
    },
  };
}

function gatewayTo(bookingsUrl: string, tokens: TestTokens) {
  const config = loadGatewayConfig({
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    BOOKINGS_URL: bookingsUrl,
    JWKS_URL: 'http://127.0.0.1:9/unused',
  });
  return createGatewayApp({ logger: createLogger('gateway', 'silent'), config, keys: tokens.keys });
}

export async function startTracedNetwork(tokens: TestTokens): Promise<TracedNetwork> {
  const namespace = uniqueName('trace');
  const consumers = await startConsumers(namespace);
  const bookings = await startBookings(
    loadBookingsConfig(envFor('bookings', namespace)),
    createLogger('bookings', 'silent'),
  );
  bookings.relay.start();
  const bookingsServer: RunningServer = await serveInProcess(
    createBookingsApp({
      ...bookings.deps,
      bus: bookings.bus,
      keys: tokens.keys,
      readiness: {},
      publicUrl: 'http://fabrique.test',
    }),
  );
  return {
    tokens,
    bookings,
    gatewayApp: gatewayTo(bookingsServer.url, tokens),
    async stop() {
      await bookingsServer.close();
      await stopBookings(bookings);
      await consumers.stop();
    },
  };
}
