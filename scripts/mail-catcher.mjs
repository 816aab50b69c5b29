#!/usr/bin/env node
// Local mail catcher for `npm start`: services send to this SMTP server instead of real
// recipients, and the web inbox shows what they sent. Nothing leaves the machine.
//   node scripts/mail-catcher.mjs [--smtp 1025] [--web 1080]
// Uses the built testkit (pnpm --filter @fabrique/testkit run build).
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    smtp: { type: 'string', default: '1025' },
    web: { type: 'string', default: '1080' },
  },
});

function portOption(name) {
  const port = Number(values[name]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--${name} expects a port number, got ${JSON.stringify(values[name])}`);
    process.exit(2);
  }
  return port;
}

async function loadTestkit() {
  try {
    return await import('../packages/testkit/dist/index.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('The testkit is not built: run `pnpm --filter @fabrique/testkit run build`.');
    throw error;
  }
}

const { startSmtpCatcher } = await loadTestkit();
const catcher = await startSmtpCatcher({ port: portOption('smtp'), webPort: portOption('web') });
console.log(`Mail catcher SMTP:  ${catcher.url} (any credentials, no TLS)`);
console.log(`Mail catcher inbox: ${catcher.webUrl}`);

let stopping = false;
async function shutdown(signal) {
  // A second Ctrl-C means "now": do not wait for the clean stop.
  if (stopping) process.exit(1);
  stopping = true;
  await catcher.stop();
  console.log(`Mail catcher stopped (${signal}).`);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
