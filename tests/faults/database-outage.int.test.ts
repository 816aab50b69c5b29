// The database server dies under every running service and comes back: meanwhile each answers
// 503 with Retry-After (never 500, never a hang) and says so on /readyz; afterwards each is
// ready and answering again by itself, without a restart.
import { ownDatabaseServer, type KillableServer } from '@fabrique/testkit';
import { apiClient } from '../../services/web/src/e2e/api.js';
import { startSystem, type RunningSystem } from '../../services/web/src/e2e/system.js';
import { msUntil, recordFault } from './report.js';

let db: KillableServer;
let system: RunningSystem;
let token: string;

beforeAll(async () => {
  db = await ownDatabaseServer();
  system = await startSystem({ mongoUrl: db.url });
  token = (await apiClient(system.url, system.smtp).person('Denise Panne')).token;
}, 120_000);

afterAll(async () => {
  await system?.stop();
  await db?.kill();
});

/** One route of each service that reads its database, as the gateway routes it. */
const READS: Record<string, string> = {
  accounts: '/api/me',
  workshops: '/api/workshops',
  bookings: '/api/bookings',
  funds: '/api/rounds',
  notifications: '/api/notifications',
};

interface Answer {
  status: number;
  code?: string;
  retryAfter: string | null;
}

async function read(path: string): Promise<Answer> {
  const response = await fetch(`${system.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
    // A hang is a failure too: nothing here may take longer than this.
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as { code?: string };
  return {
    status: response.status,
    code: body.code,
    retryAfter: response.headers.get('retry-after'),
  };
}

const readiness = async (service: string) =>
  (await fetch(`${system.serviceUrls[service as 'accounts']}/readyz`)).json() as Promise<{
    checks: Record<string, string>;
  }>;

it('answers 503 while the database server is down, and every service recovers by itself', async () => {
  for (const path of Object.values(READS)) expect((await read(path)).status).toBe(200);

  await db.kill();
  const downAnswers: Record<string, Answer> = {};
  const untilRefused: Record<string, number> = {};
  for (const [service, path] of Object.entries(READS)) {
    untilRefused[service] = await msUntil(
      () => read(path),
      (answer) => answer.status !== 200,
      20_000,
    );
    downAnswers[service] = await read(path);
    expect((await readiness(service)).checks.mongo).toBe('down');
  }
  for (const answer of Object.values(downAnswers)) {
    expect(answer).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE', retryAfter: '5' });
  }

  await db.restart();
  const untilBack: Record<string, number> = {};
  for (const [service, path] of Object.entries(READS)) {
    untilBack[service] = await msUntil(
      () => read(path),
      (answer) => answer.status === 200,
      30_000,
    );
    expect((await readiness(service)).checks.mongo).toBe('up');
  }
  recordFault('database-server-killed', {
    msUntilRefusedAfterKill: untilRefused,
    msUntilAnsweringAfterRestart: untilBack,
  });
}, 120_000);
