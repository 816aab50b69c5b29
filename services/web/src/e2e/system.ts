import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  freePort,
  isolatedEnvironment,
  startProcess,
  startSmtpCatcher,
  type ServiceProcess,
  type SmtpCatcher,
} from '@fabrique/testkit';
import { NetworkClock } from './network-clock.js';

const repoRoot = join(import.meta.dirname, '../../../..');
const SERVICES = ['accounts', 'workshops', 'bookings', 'funds', 'notifications'] as const;
type Service = (typeof SERVICES)[number];

/** The whole network as production runs it: every built service and the gateway serving the app. */
export interface RunningSystem {
  url: string;
  /** Each service's own address (fault tests read their /readyz). */
  serviceUrls: Record<Service, string>;
  /** The NATS namespace of this system's streams and subjects. */
  namespace: string;
  smtp: SmtpCatcher;
  /** `npm run admin -- <args>` against this system's accounts database. */
  admin(...args: string[]): Promise<void>;
  /** The services' clock, which a journey moves forward instead of waiting. */
  clock: NetworkClock;
  /** Everything the services printed, to read when a journey fails. */
  logs(): string;
  /** SIGKILLs a service (a crash) and starts it again; resolves once it is ready. */
  crashAndRestart(service: Service): Promise<void>;
  stop(): Promise<void>;
}

async function healthy(url: string, process: ServiceProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (process.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up; output:\n${process.output()}`);
}

function start(name: Service | 'gateway', env: NodeJS.ProcessEnv): ServiceProcess {
  const dir = join(repoRoot, 'services', name);
  const base = { PATH: process.env.PATH, HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  return startProcess(
    process.execPath,
    ['--enable-source-maps', 'dist/main.js'],
    { ...base, ...env },
    dir,
  );
}

interface Plan {
  ports: Record<Service | 'gateway', number>;
  isolated: ReturnType<typeof isolatedEnvironment>;
  smtp: SmtpCatcher;
  clock: NetworkClock;
}

function serviceEnv(name: Service, plan: Plan): NodeJS.ProcessEnv {
  const { isolated, ports } = plan;
  return {
    PORT: String(ports[name]),
    MONGO_URL: `${isolated.mongoUrl}${isolated.dbName}_${name}`,
    NATS_URL: isolated.natsUrl,
    NATS_NAMESPACE: isolated.namespace,
    JWKS_URL: `http://127.0.0.1:${ports.accounts}/api/auth/jwks.json`,
    PUBLIC_URL: `http://127.0.0.1:${ports.gateway}`,
    CLOCK_OFFSET_FILE: plan.clock.file,
    ...(name === 'notifications' && {
      SMTP_PORT: String(plan.smtp.port),
      UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
    }),
  };
}

function gatewayEnv(plan: Plan): NodeJS.ProcessEnv {
  const urls = Object.fromEntries(
    SERVICES.map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${plan.ports[s]}`]),
  );
  return {
    ...urls,
    PORT: String(plan.ports.gateway),
    // The edge refuses tokens of signed-out accounts from accounts' events.
    NATS_URL: plan.isolated.natsUrl,
    NATS_NAMESPACE: plan.isolated.namespace,
    WEB_DIST_DIR: join(repoRoot, 'services/web/dist'),
    // One browser makes every request of a journey from one address.
    RATE_LIMIT_MAX: '100000',
    AUTH_RATE_LIMIT_MAX: '10000',
  };
}

interface SystemOptions {
  /** Other servers than the run's (fault tests kill them). */
  mongoUrl?: string;
  natsUrl?: string;
}

async function plan(options: SystemOptions): Promise<Plan> {
  const ports = {} as Plan['ports'];
  for (const name of [...SERVICES, 'gateway'] as const) ports[name] = await freePort();
  const isolated = { ...isolatedEnvironment('web'), ...options };
  return { ports, isolated, smtp: await startSmtpCatcher(), clock: new NetworkClock() };
}

/** The five services, then the gateway (last in the list), each ready. */
async function startProcesses(p: Plan): Promise<ServiceProcess[]> {
  const processes: ServiceProcess[] = [];
  // Accounts first: the others fetch its keys to verify tokens.
  for (const name of SERVICES) {
    const child = start(name, serviceEnv(name, p));
    processes.push(child);
    if (name === 'accounts') await healthy(`http://127.0.0.1:${p.ports.accounts}/healthz`, child);
  }
  const gateway = start('gateway', gatewayEnv(p));
  processes.push(gateway);
  for (const [i, name] of SERVICES.entries())
    await healthy(`http://127.0.0.1:${p.ports[name]}/readyz`, processes[i]!);
  await healthy(`http://127.0.0.1:${p.ports.gateway}/readyz`, gateway);
  return processes;
}

export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const p = await plan(options);
  const processes = await startProcesses(p);
  const url = `http://127.0.0.1:${p.ports.gateway}`;
  const run = promisify(execFile);
  return {
    url,
    serviceUrls: Object.fromEntries(
      SERVICES.map((name) => [name, `http://127.0.0.1:${p.ports[name]}`]),
    ) as Record<Service, string>,
    smtp: p.smtp,
    namespace: p.isolated.namespace,
    clock: p.clock,
    admin: async (...args) => {
      await run(process.execPath, [join(repoRoot, 'services/accounts/dist/admin.js'), ...args], {
        env: { ...process.env, ...serviceEnv('accounts', p) },
      });
    },
    logs: () => processes.map((child) => child.output()).join('\n'),
    crashAndRestart: async (service) => {
      const index = SERVICES.indexOf(service);
      await processes[index]!.kill('SIGKILL');
      processes[index] = start(service, serviceEnv(service, p));
      await healthy(`http://127.0.0.1:${p.ports[service]}/readyz`, processes[index]);
    },
    stop: async () => {
      await Promise.all(processes.map((child) => child.kill('SIGTERM')));
      await p.smtp.stop();
    },
  };
}
