import type { Express } from 'express';
import { publishEvent } from '@fabrique/bus';
import { communeAddedV1 } from '@fabrique/contracts';
import { createLogger } from '@fabrique/service-kit';
import { eventually, isolatedEnvironment, serviceVariables, testTokens } from '@fabrique/testkit';
import { createApp } from './app.js';
import { loadWorkshopsConfig } from './config.js';
import { startRuntime, type WorkshopsRuntime } from './runtime.js';

export interface WorkshopsHarness extends WorkshopsRuntime {
  app: Express;
  env: ReturnType<typeof isolatedEnvironment>;
  /** A signed access token, as accounts would issue it. */
  token(sub: string, roles: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** The workshops service wired as main.ts does, on a fresh database and NATS namespace. */
export async function startWorkshopsHarness(): Promise<WorkshopsHarness> {
  const env = isolatedEnvironment('workshops');
  const config = loadWorkshopsConfig({
    ...serviceVariables(env),
  });
  const logger = createLogger('workshops-test', 'silent');
  const runtime = await startRuntime(config, logger);
  runtime.relay.start();
  await announceCommunes(runtime);
  const tokens = await testTokens();
  const app = createApp({
    ...runtime.deps,
    bus: runtime.bus,
    logger,
    keys: tokens.keys,
    readiness: {},
    publicUrl: 'http://fabrique.test',
  });
  return {
    ...runtime,
    app,
    env,
    token: (sub, roles) => tokens.sign({ sub, roles }),
    stop: () => stopRuntime(runtime),
  };
}

/** The reference network's communes, as accounts announces them at its start. */
export const TEST_COMMUNES = [
  'saint-jean-en-royans',
  'saint-laurent-en-royans',
  'sainte-eulalie-en-royans',
  'la-chapelle-en-vercors',
  'vassieux-en-vercors',
  'saint-martin-en-vercors',
];

async function announceCommunes(runtime: WorkshopsRuntime): Promise<void> {
  for (const communeId of TEST_COMMUNES)
    await publishEvent(
      runtime.bus,
      communeAddedV1.create(
        { source: 'fabrique/test', subject: communeId },
        { communeId, name: communeId, postalCode: '26420' },
      ),
    );
  await eventually(
    () => runtime.deps.models.communes.countDocuments({}),
    (n) => n >= TEST_COMMUNES.length,
  );
}

/** Stops what startRuntime started, in order, and drops the test database. */
export async function stopRuntime(runtime: WorkshopsRuntime): Promise<void> {
  await runtime.consumer.stop();
  for (const follower of runtime.followers) await follower.stop();
  await runtime.relay.stop();
  await runtime.bus.close();
  await runtime.connection.dropDatabase();
  await runtime.connection.close();
}
