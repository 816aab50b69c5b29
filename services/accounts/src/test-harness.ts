import type { Express } from 'express';
import { createLogger, startRevocations } from '@fabrique/service-kit';
import { isolatedEnvironment, serviceVariables } from '@fabrique/testkit';
import { createApp } from './app.js';
import { loadAccountsConfig } from './config.js';
import { startRuntime, type AccountsRuntime } from './runtime.js';

export interface AccountsHarness extends AccountsRuntime {
  app: Express;
  env: ReturnType<typeof isolatedEnvironment>;
  stop(): Promise<void>;
}

/** The accounts service wired as main.ts does, on a fresh database and NATS namespace. */
export async function startAccountsHarness(
  env: Record<string, string> = {},
): Promise<AccountsHarness> {
  const isolated = isolatedEnvironment('accounts');
  const config = loadAccountsConfig({
    ...serviceVariables(isolated),
    ...env,
  });
  const logger = createLogger('accounts-test', 'silent');
  const runtime = await startRuntime(config, logger);
  runtime.relay.start();
  const { revoked, follower } = await startRevocations(runtime.bus, logger);
  const app = createApp({ ...runtime.deps, bus: runtime.bus, logger, readiness: {}, revoked });
  return {
    ...runtime,
    app,
    env: isolated,
    async stop() {
      await follower.stop();
      await runtime.relay.stop();
      await runtime.bus.close();
      await runtime.connection.dropDatabase();
      await runtime.connection.close();
    },
  };
}
