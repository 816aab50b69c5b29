import { z } from 'zod';
import { defineEvent } from '@fabrique/contracts';
import { pino } from 'pino';
import { isolatedEnvironment } from '@fabrique/testkit';
import { connectBus, type Bus } from './connection.js';
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
