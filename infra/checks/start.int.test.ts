// Smoke test of `npm start` (scripts/start.mjs) as a user runs it: on its own data folder and
// free ports, it comes up with every service ready, serves the web app and the demo data, keeps
// the services' logs in files with a calm console,
// stops everything on Ctrl-C, and a restart keeps the data without loading the demo again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess, type ServiceProcess } from '@fabrique/testkit';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SERVICES = ['accounts', 'workshops', 'bookings', 'funds', 'notifications'];
// Building and seeding take a while on a cold machine: `npm test` builds before jest, so this
// start only runs the built services, but the first start still loads the whole demo network.
const START_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 60_000;

interface Ports {
  [name: string]: number;
}
interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}
interface CatalogueSession {
  kind: string;
  commune: string;
  seatsLeft?: number;
}
interface FundSummary {
  delivered: { workshopHours: number; attendees: number };
  totals: { contributedCents: number };
  byCategory: { category: string; contributedCents: number }[];
}

async function choosePorts(): Promise<Ports> {
  const names = [
    ...SERVICES,
    'gateway',
    'nats',
    'natsMonitor',
    'mongo',
    'postgres',
    'smtp',
    'mailWeb',
  ];
  const ports: Ports = {};
  for (const name of names) ports[name] = await freePort();
  return ports;
}

function startEnv(dataDir: string, ports: Ports): NodeJS.ProcessEnv {
  // The test run's own infrastructure settings must not leak into this network.
  const { MONGO_URL: _m, NATS_URL: _n, NATS_NAMESPACE: _ns, ...inherited } = process.env;
  const servicePorts = Object.fromEntries(
    [...SERVICES, 'gateway'].map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])]),
  );
  return {
    ...inherited,
    ...servicePorts,
    FABRIQUE_DATA_DIR: dataDir,
    FABRIQUE_SKIP_BUILD: '1',
    NATS_PORT: String(ports.nats),
    NATS_MONITOR_PORT: String(ports.natsMonitor),
    MONGO_PORT: String(ports.mongo),
    POSTGRES_PORT: String(ports.postgres),
    MAIL_SMTP_PORT: String(ports.smtp),
    MAIL_WEB_PORT: String(ports.mailWeb),
    // Info: the request lines, whose trace ids one test compares across processes.
    LOG_LEVEL: 'info',
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Command lines of the processes that mention the data folder (nats-server, ferretdb). */
function processesUsing(dataDir: string): string[] {
  const table = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return table.split('\n').filter((line) => line.includes(dataDir));
}

/** Every process this start launched: the services (it prints their pids) and the infra. */
function pidsOf(run: ServiceProcess, dataDir: string): number[] {
  const services = [...run.output().matchAll(/\(pid (\d+)\)/g)].map((m) => Number(m[1]));
  const state = JSON.parse(readFileSync(join(dataDir, 'embedded.json'), 'utf8')) as {
    pids: number[];
  };
  return [run.child.pid!, ...services, ...state.pids];
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The catalogue from a fixed instant, so that two reads a minute apart list the same sessions. */
async function allSessions(gateway: string, from: string): Promise<CatalogueSession[]> {
  const items: CatalogueSession[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<CatalogueSession> = await getJson<Page<CatalogueSession>>(
      `${gateway}/api/sessions?limit=100&from=${encodeURIComponent(from)}` +
        (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''),
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? null;
  } while (cursor);
  return items;
}

describe('npm start (scripts/start.mjs)', () => {
  let dataDir: string;
  let ports: Ports;
  let gateway: string;
  let run: ServiceProcess | undefined;
  let launched: number[] = [];
  let firstWorkshops: string[] = [];
  let firstSessionCount = 0;
  const catalogueFrom = new Date(Date.now() + 3_600_000).toISOString();

  const start = async () => {
    run = startProcess('node', ['scripts/start.mjs'], startEnv(dataDir, ports), repoRoot);
    await run.waitForOutput(/Fabrique is running/, START_TIMEOUT_MS);
    launched = pidsOf(run, dataDir);
  };

  /** Ctrl-C, then nothing it started may be left: no process, no open port. */
  const stopAndCheck = async () => {
    let timer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([
      run!.kill('SIGINT'),
      new Promise((r) => (timer = setTimeout(() => r('still running'), STOP_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    expect(exit).toBe(0);
    expect(run!.output()).toContain('everything stopped');
    expect(launched.filter(isAlive)).toEqual([]);
    expect(processesUsing(dataDir)).toEqual([]);
    const open: string[] = [];
    for (const [name, port] of Object.entries(ports)) if (await listening(port)) open.push(name);
    expect(open).toEqual([]);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fabrique-start-'));
    ports = await choosePorts();
    gateway = `http://127.0.0.1:${ports.gateway}`;
  });

  afterAll(async () => {
    // Only if a test failed half-way: stop what this test started, and nothing else.
    if (run && run.child.exitCode === null && run.child.signalCode === null)
      await run.kill('SIGINT');
    for (const pid of launched.filter(isAlive)) process.kill(pid, 'SIGKILL');
    if (dataDir && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  }, STOP_TIMEOUT_MS);

  it(
    'comes up with every service ready, prints the URL and the demo sign-ins',
    async () => {
      await start();
      const output = run!.output();
      expect(output).toContain(`Fabrique: ${gateway}/`);
      expect(output).toContain('loading the demo data (first start)');
      expect(output).toMatch(/demo credentials for local use/);
      expect(output).toContain('coordination@example.org');
      expect(output).not.toContain('could not be loaded');
      const ready = await getJson<{ status: string; checks: Record<string, string> }>(
        `${gateway}/readyz`,
      );
      expect(ready.status).toBe('ready');
      expect(Object.keys(ready.checks).sort()).toEqual([...SERVICES].sort());
      expect(Object.values(ready.checks).every((state) => state === 'up')).toBe(true);
    },
    START_TIMEOUT_MS + 10_000,
  );

  it('serves the web app at /', async () => {
    const response = await fetch(`${gateway}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<html[^>]*lang="fr"/);
  });

  it('serves the demo catalogue: workshops of several kinds, a season of sessions, one full', async () => {
    const workshops = (await getJson<Page<{ title: string }>>(`${gateway}/api/workshops?limit=100`))
      .items;
    firstWorkshops = workshops.map((w) => w.title).sort();
    expect(firstWorkshops.length).toBeGreaterThanOrEqual(18);
    expect(new Set(firstWorkshops).size).toBe(firstWorkshops.length);
    const sessions = await allSessions(gateway, catalogueFrom);
    firstSessionCount = sessions.length;
    expect(sessions.length).toBeGreaterThanOrEqual(15);
    expect(new Set(sessions.map((s) => s.kind)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(sessions.map((s) => s.commune)).size).toBe(6);
    expect(sessions.some((s) => s.seatsLeft === 0)).toBe(true);
  });

  it("keeps the console calm: the request lines are in the services' log files only", () => {
    expect(run!.output()).not.toContain('"msg":"request completed"');
    // The demo data goes through the gateway to every service but notifications.
    for (const name of ['gateway', 'accounts', 'workshops', 'bookings', 'funds']) {
      const log = readFileSync(join(dataDir, 'logs', `${name}.log`), 'utf8');
      expect(log).toContain('"msg":"request completed"');
    }
  });

  it('logs each request with its trace, the same id at the gateway and in the service', () => {
    // "request completed" lines of each service's log file: request id → trace id.
    const traces = new Map<string, Map<string, string>>();
    for (const name of [...SERVICES, 'gateway']) {
      const byRequest = new Map<string, string>();
      for (const line of readFileSync(join(dataDir, 'logs', `${name}.log`), 'utf8').split('\n')) {
        if (!line.includes('"msg":"request completed"')) continue;
        const entry = JSON.parse(line) as { req?: { id?: string }; trace_id?: string };
        if (entry.req?.id === undefined || entry.trace_id === undefined) continue;
        byRequest.set(entry.req.id, entry.trace_id);
      }
      traces.set(name, byRequest);
    }
    const atGateway = traces.get('gateway') ?? new Map<string, string>();
    const joined = [...traces]
      .filter(([service]) => service !== 'gateway')
      .flatMap(([, byRequest]) => [...byRequest])
      .filter(([requestId, traceId]) => atGateway.get(requestId) === traceId);
    expect(joined.length).toBeGreaterThan(10);
    expect(
      joined.every(([, traceId]) => /^[0-9a-f]{32}$/.test(traceId) && /[1-9a-f]/.test(traceId)),
    ).toBe(true);
  });

  it('shows delivered hours on the public fund page and a round open for votes', async () => {
    const funds = (await getJson<Page<{ id: string }>>(`${gateway}/api/funds`)).items;
    expect(funds).toHaveLength(1);
    const summary = await getJson<FundSummary>(`${gateway}/api/funds/${funds[0]!.id}/summary`);
    expect(summary.delivered.workshopHours).toBeGreaterThan(0);
    expect(summary.delivered.attendees).toBeGreaterThan(0);
    expect(summary.totals.contributedCents).toBeGreaterThan(0);
    const categories = summary.byCategory.filter((c) => c.contributedCents > 0);
    expect(categories.map((c) => c.category).sort()).toEqual([
      'businesses',
      'municipalities',
      'residents',
    ]);
    const rounds = (await getJson<Page<{ phase: string }>>(`${gateway}/api/rounds`)).items;
    expect(rounds.map((r) => r.phase)).toContain('voting');
  });

  it('lets a demo resident vote in the round: its proposals were reviewed', async () => {
    const [round] = (await getJson<Page<{ id: string; phase: string }>>(`${gateway}/api/rounds`))
      .items;
    const detail = await getJson<{ proposals: { id: string; review: { feasible: boolean } }[] }>(
      `${gateway}/api/rounds/${round!.id}`,
    );
    const feasible = detail.proposals.filter((p) => p.review?.feasible);
    expect(feasible.length).toBeGreaterThan(0);
    const login = await fetch(`${gateway}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'habitante@example.org', password: 'demo-fabrique-local' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const ballot = await fetch(`${gateway}/api/rounds/${round!.id}/ballot`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ choices: [feasible[0]!.id] }),
    });
    expect(ballot.status).toBe(200);
  });

  it('stops everything on Ctrl-C', stopAndCheck, STOP_TIMEOUT_MS + 10_000);

  it(
    'restarts on the same data without loading the demo data again',
    async () => {
      await start();
      const output = run!.output();
      expect(output).toContain('loaded at the first start');
      expect(output).not.toContain('loading the demo data');
      expect(output).toContain('coordination@example.org');
      const workshops = (
        await getJson<Page<{ title: string }>>(`${gateway}/api/workshops?limit=100`)
      ).items;
      expect(workshops.map((w) => w.title).sort()).toEqual(firstWorkshops);
      expect((await allSessions(gateway, catalogueFrom)).length).toBe(firstSessionCount);
      expect((await getJson<Page<unknown>>(`${gateway}/api/funds`)).items).toHaveLength(1);
      await stopAndCheck();
    },
    START_TIMEOUT_MS + STOP_TIMEOUT_MS,
  );
});
