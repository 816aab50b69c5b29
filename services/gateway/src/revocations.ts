import { connectBus, ensureStreams, type Bus } from '@fabrique/bus';
import { startRevocations, type Logger, type RevokedAccounts } from '@fabrique/service-kit';
import type { GatewayConfig } from './config.js';

export interface EdgeRevocations {
  revoked: RevokedAccounts;
  stop(): Promise<void>;
}

/**
 * The accounts signed out everywhere or deleted in the last hour, followed from accounts'
 * events as every service does, so that the edge refuses their tokens from that moment on.
 * The gateway keeps no state: each replica replays the last hour at start (a few events).
 * Undefined without NATS_URL (the services still refuse such tokens).
 */
export async function startEdgeRevocations(
  config: GatewayConfig,
  logger: Logger,
): Promise<EdgeRevocations | undefined> {
  if (config.NATS_URL === undefined) return undefined;
  const bus: Bus = await connectBus({
    servers: config.NATS_URL,
    name: 'gateway',
    namespace: config.NATS_NAMESPACE,
    streamReplicas: config.NATS_STREAM_REPLICAS,
  });
  try {
    // Accounts may not have started yet: the stream must exist before it is followed.
    await ensureStreams(bus, ['accounts']);
    const { revoked, follower } = await startRevocations(bus, logger);
    return {
      revoked,
      async stop() {
        await follower.stop();
        await bus.close();
      },
    };
  } catch (error) {
    await bus.close();
    throw error;
  }
}
