import { Schema, type Connection, type Model } from 'mongoose';
import { z } from 'zod';
import { defineEvent } from '@fabrique/contracts';
import { pino } from 'pino';
import { isolatedEnvironment } from '@fabrique/testkit';
import { connectBus, type Bus } from './connection.js';
import { trackPendingOutbox } from './outbox-pending.js';
import { ensureStreams } from './topology.js';

/** An event type used only by the bus tests. */
export const pingV1 = defineEvent(
  'fabrique.accounts.ping.sent.v1',
  z.object({ n: z.number().int() }),
);

export const silentLogger = pino({ level: 'silent' });

/** A bus on the run's NATS server, in a namespace of its own, with the ACCOUNTS stream. */
export async function testBus(): Promise<Bus> {
  const env = isolatedEnvironment('bus');
  const bus = await connectBus({
    servers: env.natsUrl,
    name: 'bus-test',
    namespace: env.namespace,
  });
  await ensureStreams(bus, ['accounts']);
  return bus;
}

/** A document of the outbox tests: a name and its pending events. */
export interface ThingDocument {
  _id: string;
  name?: string;
  outbox: unknown[];
}

/** The model `modelName` on `connection`, with an outbox the relay tracks (made once). */
export function outboxTestModel(connection: Connection, modelName: string): Model<ThingDocument> {
  const existing = connection.models[modelName] as Model<ThingDocument> | undefined;
  if (existing) return existing;
  const schema = new Schema<ThingDocument>(
    { _id: String, name: String, outbox: { type: Schema.Types.Mixed, default: () => [] } },
    { versionKey: false },
  );
  return connection.model<ThingDocument>(modelName, trackPendingOutbox(schema));
}
