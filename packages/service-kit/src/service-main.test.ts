import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// runMain ends the process: each case runs in a child node on the built package.
const kit = fileURLToPath(new URL('../dist/index.js', import.meta.url));

function run(body: string) {
  const script = `import { ConfigError, runMain } from ${JSON.stringify(kit)};\n${body}`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('serve', () => {
  it('on SIGTERM stops requests, then background work, the relay, the bus, the database', async () => {
    const stopping = (name: string) =>
      `{ ${name === 'bus' || name === 'connection' ? 'close' : 'stop'}: async () => { console.log('${name}'); } }`;
    const script = `
import { createLogger, serve } from ${JSON.stringify(kit)};
const app = (_req, res) => res.end('ok');
const config = { HOST: '127.0.0.1', PORT: 0, SHUTDOWN_TIMEOUT_MS: 5000 };
serve(app, { name: 'x', config }, createLogger('x', 'silent'), {
  background: [${stopping('sweeper')}, ${stopping('consumer')}],
  relay: ${stopping('relay')},
  bus: ${stopping('bus')},
  connection: ${stopping('connection')},
});
console.log('ready');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready') && !child.killed) child.kill('SIGTERM');
    });
    const status = await new Promise((resolve) => child.on('exit', resolve));
    expect(status).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      'ready',
      'sweeper',
      'consumer',
      'relay',
      'bus',
      'connection',
    ]);
  });
});

describe('runMain', () => {
  it('lists the bad variables of a configuration error, without a stack, and exits 1', () => {
    const { status, stderr } = run(
      `runMain('x', () => { throw new ConfigError(['PORT: expected a number', 'MONGO_URL: required']); }, async () => {});`,
    );
    expect(status).toBe(1);
    expect(stderr).toContain('  - PORT: expected a number\n  - MONGO_URL: required');
    expect(stderr).not.toContain('    at ');
  });

  it('prints any other start-up failure with its stack and exits 1', () => {
    const { status, stderr } = run(
      `runMain('x', () => ({ LOG_LEVEL: 'silent' }), async () => { throw new Error('no database'); });`,
    );
    expect(status).toBe(1);
    expect(stderr).toContain('Error: no database');
    expect(stderr).toContain('    at ');
  });

  it('hands the loaded configuration and a logger named after the service to main', () => {
    const { status, stdout } = run(
      `runMain('lantern', () => ({ LOG_LEVEL: 'info', PORT: 7 }), async (config, logger) => { logger.info({ port: config.PORT }, 'started'); });`,
    );
    expect(status).toBe(0);
    const line = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ service: 'lantern', port: 7, msg: 'started' });
  });
});
