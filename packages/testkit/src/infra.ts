import { randomBytes } from 'node:crypto';

export interface TestInfra {
  mongoUrl: string;
  natsUrl: string;
}

/** The servers of this jest run (set by the global setup or given from outside). */
export function testInfra(): TestInfra {
  const mongoUrl = process.env.MONGO_URL;
  const natsUrl = process.env.NATS_URL;
  if (!mongoUrl || !natsUrl) {
    throw new Error(
      'MONGO_URL and NATS_URL are not set: run tests through jest (its global setup starts them)',
    );
  }
  return { mongoUrl, natsUrl };
}

/** A name no other test file uses: a database, a stream namespace, a durable. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

export type IsolatedEnvironment = TestInfra & { dbName: string; namespace: string };

/** A fresh database and NATS namespace for one test file, so files can run in parallel. */
export function isolatedEnvironment(service: string): IsolatedEnvironment {
  const infra = testInfra();
  return { ...infra, dbName: uniqueName(`test_${service}`), namespace: uniqueName('t') };
}

/**
 * What a service's configuration needs to run on an isolated environment, as its harness
 * loads it: any free port, the environment's own database and NATS namespace.
 */
export function serviceVariables(env: IsolatedEnvironment): Record<string, string> {
  return {
    PORT: '0',
    MONGO_URL: `${env.mongoUrl}${env.dbName}`,
    NATS_URL: env.natsUrl,
    NATS_NAMESPACE: env.namespace,
  };
}
