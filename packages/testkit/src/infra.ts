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

/** A fresh database and NATS namespace for one test file, so files can run in parallel. */
export function isolatedEnvironment(
  service: string,
): TestInfra & { dbName: string; namespace: string } {
  const infra = testInfra();
  return { ...infra, dbName: uniqueName(`test_${service}`), namespace: uniqueName('t') };
}
