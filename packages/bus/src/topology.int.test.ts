import { isolatedEnvironment } from '@fabrique/testkit';
import { connectBus } from './connection.js';
import { ensureStreams } from './topology.js';

async function busWith(streamReplicas: number) {
  const env = isolatedEnvironment('topology');
  return connectBus({
    servers: env.natsUrl,
    name: 'topology-test',
    namespace: env.namespace,
    streamReplicas,
  });
}

test('streams are created with the configured number of replicas', async () => {
  const bus = await busWith(1);
  try {
    await ensureStreams(bus, ['accounts']);
    const info = await bus.jsm.streams.info(bus.stream('ACCOUNTS'));
    expect(info.config.num_replicas).toBe(1);
    expect(info.config.duplicate_window).toBeGreaterThan(0);
  } finally {
    await bus.close();
  }
});

test('three replicas reach the server, which refuses them when it is not a cluster', async () => {
  const bus = await busWith(3);
  try {
    await expect(ensureStreams(bus, ['accounts'])).rejects.toThrow(/replicas/i);
  } finally {
    await bus.close();
  }
});
