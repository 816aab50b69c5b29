// Administration from the command line: `npm run admin -- <command> …` (see README).
// It goes through the same use cases as the HTTP API, so the same events are emitted.
import { ROLES } from '@fabrique/contracts';
import { AppError, ConfigError, createLogger } from '@fabrique/service-kit';
import { loadAccountsConfig } from './config.js';
import type { Role } from './domain/account.js';
import { startRuntime } from './runtime.js';
import { changeRolesByEmail } from './use-cases/accounts.js';
import type { AccountsDeps } from './use-cases/deps.js';
import { verifyByEmail } from './use-cases/email-verification.js';

const USAGE = `usage:
  npm run admin -- grant-role <email> <${ROLES.join('|')}>
  npm run admin -- revoke-role <email> <${ROLES.join('|')}>
  npm run admin -- verify-email <email>…   (addresses checked in person)
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

/** The command's work, checked before anything connects; it prints what it did. */
function commandOf(args: string[]): (deps: AccountsDeps) => Promise<string[]> {
  const [command, email, role] = args;
  if (command === 'verify-email' && args.length > 1)
    return async (deps) => {
      const done = [];
      for (const address of args.slice(1))
        done.push(`${(await verifyByEmail(deps, address)).email}: verified`);
      return done;
    };
  if ((command !== 'grant-role' && command !== 'revoke-role') || !email) throw new Error(USAGE);
  const roles =
    command === 'grant-role'
      ? { grant: [parseRole(role)], revoke: [] }
      : { grant: [], revoke: [parseRole(role)] };
  return async (deps) => {
    const account = await changeRolesByEmail(deps, email, roles);
    return [`${account.email}: ${account.roles.join(', ')}`];
  };
}

async function main(args: string[]): Promise<void> {
  const command = commandOf(args);
  const config = loadAccountsConfig({ ...EMBEDDED_DEFAULTS, ...process.env });
  const runtime = await startRuntime(
    config,
    createLogger('accounts-admin', config.LOG_LEVEL),
    'accounts-admin',
  );
  try {
    const lines = await command(runtime.deps);
    await runtime.relay.drainOnce();
    for (const line of lines) console.log(line);
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
