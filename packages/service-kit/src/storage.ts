import type { Connection } from 'mongoose';
import { connectBus, ensureStreams, type Bus } from '@fabrique/bus';
import type { BaseConfig } from './config.js';
import { connectMongo } from './mongo.js';
import { syncAllIndexes } from './service-models.js';

type StorageConfig = Pick<
  BaseConfig,
  'MONGO_URL' | 'NATS_URL' | 'NATS_NAMESPACE' | 'NATS_STREAM_REPLICAS'
>;

export interface Storage<M> {
  connection: Connection;
  models: M;
  bus: Bus;
}

/**
 * The database with its models and indexes, then the bus with the streams the service
 * publishes to or reads from: the first steps of every service's runtime.ts. Indexes are in
 * place before anything is read or written (the unique `_id` claims rely on none, but the
 * sweeps' and views' reads do); streams exist before a relay publishes or a consumer binds.
 */
export async function openStorage<M extends object>(
  config: StorageConfig,
  spec: {
    /** The NATS connection's name (seen in the server's monitoring). */
    service: string;
    /** Bounded contexts whose streams are ensured (bus topology.ts). */
    streams: readonly string[];
    models: (connection: Connection) => M;
  },
): Promise<Storage<M>> {
  const connection = await connectMongo(config.MONGO_URL);
  const models = spec.models(connection);
  await syncAllIndexes(models);
  const bus = await connectBus({
    servers: config.NATS_URL,
    name: spec.service,
    namespace: config.NATS_NAMESPACE,
    streamReplicas: config.NATS_STREAM_REPLICAS,
  });
  await ensureStreams(bus, spec.streams);
  return { connection, models, bus };
}
