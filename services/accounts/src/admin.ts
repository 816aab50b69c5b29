// Administration from the command line: `npm run admin -- <command> …` (see README).
// It goes through the same use cases as the HTTP API, so the same events are emitted.
import { ROLES } from '@fabrique/contracts';
import { AppError, ConfigError, createLogger } from '@fabrique/service-kit';
import { loadAccountsConfig } from './config.js';
import type { Role } from './domain/account.js';
import { startRuntime } from './runtime.js';
import { changeRolesByEmail } from './use-cases/accounts.js';

const USAGE = `usage:
  npm run admin -- grant-role <email> <${ROLES.join('|')}>
  npm run admin -- revoke-role <email> <${ROLES.join('|')}>
Connects with MONGO_URL and NATS_URL (defaults: the embedded servers of npm start).`;

// The embedded default of `npm start`, so the first coordinator can be made without exports.
const EMBEDDED_DEFAULTS = {
  PORT: '0',
  MONGO_URL: 'mongodb://127.0.0.1:27017/fabrique_accounts',
  NATS_URL: 'nats://127.0.0.1:4222',
  LOG_LEVEL: 'warn',
};

function parseRole(value: string | undefined): Role {
  if (!value || !(ROLES as readonly string[]).includes(value))
    throw new Error(`unknown role "${value ?? ''}"\n${USAGE}`);
  return value as Role;
}

async function main(args: string[]): Promise<void> {
  const [command, email, role] = args;
  if ((command !== 'grant-role' && command !== 'revoke-role') || !email) throw new Error(USAGE);
  const roles =
    command === 'grant-role'
      ? { grant: [parseRole(role)], revoke: [] }
      : { grant: [], revoke: [parseRole(role)] };
  const config = loadAccountsConfig({ ...EMBEDDED_DEFAULTS, ...process.env });
  const runtime = await startRuntime(
    config,
    createLogger('accounts-admin', config.LOG_LEVEL),
    'accounts-admin',
  );
  try {
    const account = await changeRolesByEmail(runtime.deps, email, roles);
    await runtime.relay.drainOnce();
    console.log(`${account.email}: ${account.roles.join(', ')}`);
  } finally {
    await runtime.bus.close();
    await runtime.connection.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof AppError
      ? `${error.code}: ${error.message}`
      : error instanceof ConfigError || error instanceof Error
        ? error.message
        : String(error);
  console.error(message);
  process.exit(1);
});
