// Demo data for `npm start`: loaded once per data folder, through the gateway's public API
// only (plus the documented `admin grant-role` command for the first coordinator).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient } from './api.mjs';
import { DEMO_PASSWORD, PEOPLE, SIGN_INS } from './people.mjs';
import { seedActivity } from './seed-activity.mjs';
import { seedCatalogue } from './seed-catalogue.mjs';
import { residentTokens, seedFund } from './seed-fund.mjs';
import { seedPeople } from './seed-people.mjs';
import { finishRound, openRound } from './seed-round.mjs';
import { BALLOTS, PROPOSALS, RESIDENT_GIFTS } from './fund-data.mjs';
import { parisToday } from './time.mjs';

const markerOf = (dataDir) => join(dataDir, 'demo-data.json');

function readMarker(dataDir) {
  const file = markerOf(dataDir);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function writeMarker(dataDir, state) {
  writeFileSync(markerOf(dataDir), JSON.stringify({ state, at: new Date().toISOString() }) + '\n');
}

/** Runs `npm run admin -- grant-role …` (built accounts) against this start's servers. */
export function adminCommand({ repoRoot, env, signal }) {
  return (...args) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['services/accounts/dist/admin.js', ...args], {
        cwd: repoRoot,
        env,
        signal,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      for (const stream of [child.stdout, child.stderr])
        stream.on('data', (chunk) => (output += chunk));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`admin ${args[0]} failed: ${output.trim()}`)),
      );
    });
}

async function seed(ctx) {
  const now = new Date();
  const today = parisToday(now);
  const base = await seedPeople(ctx);
  const residents = new Set([
    ...Object.keys(RESIDENT_GIFTS),
    ...PROPOSALS.map((p) => p[0]),
    ...Object.keys(BALLOTS),
  ]);
  const tokens = await residentTokens(ctx, residents);
  const fund = await seedFund(ctx, base, today, tokens);
  // The round's review and vote start a few seconds after it opens: the rest is seeded meanwhile.
  const round = await openRound(ctx, base, fund, tokens, now, today);
  const workshops = await seedCatalogue(ctx, base, today);
  await seedActivity(ctx, base, workshops, new Date());
  await finishRound(ctx, base, round, tokens);
}

/** Whether the network already holds something that the demo did not create. */
async function holdsOtherData(api) {
  const [orgs, funds] = await Promise.all([api.get('/api/organisations'), api.get('/api/funds')]);
  if (orgs.items.length === 0 && funds.items.length === 0) return false;
  const coordinator = PEOPLE.find((p) => p.key === 'coordinator');
  const signIn = await api.call('POST', '/api/auth/login', {
    body: { email: coordinator.email, password: DEMO_PASSWORD },
    accept: ['INVALID_CREDENTIALS', 'SIGN_IN_FAILED', 'UNAUTHENTICATED'],
  });
  return Boolean(signIn.problem);
}

/**
 * How many days back the demo's season may start (its series began weeks ago, so that the fund
 * shows delivered hours; a monthly series two months back can start up to 92 days ago):
 * workshops accepts past sessions that far only on starts that may load the demo data.
 */
export const DEMO_PAST_DAYS = 100;

/** Whether this start may load the demo data (not yet loaded, not turned off). */
export function demoMaySeed(dataDir) {
  return readMarker(dataDir)?.state !== 'seeded' && process.env.DEMO_DATA !== 'off';
}

/**
 * Seeds the demo network unless it was seeded before (marker in the data folder), DEMO_DATA
 * is `off`, or the network holds data of its own. Answers 'seeded' (now), 'already',
 * 'off' or 'not-demo'.
 */
export async function ensureDemoData({ gatewayUrl, dataDir, admin, signal, log }) {
  const marker = readMarker(dataDir);
  if (marker?.state === 'seeded') return 'already';
  if (process.env.DEMO_DATA === 'off') return 'off';
  const api = apiClient(gatewayUrl, signal);
  if (marker?.state !== 'seeding' && (await holdsOtherData(api))) return 'not-demo';
  log(marker ? 'resuming the demo data where it stopped' : 'loading the demo data (first start)');
  writeMarker(dataDir, 'seeding');
  await seed({ api, admin, log });
  writeMarker(dataDir, 'seeded');
  return 'seeded';
}

/** The demo accounts to print at every start. */
export function demoSignIns() {
  const width = Math.max(...SIGN_INS.map((s) => s.role.length));
  const lines = SIGN_INS.map(({ person, role }) => {
    const { email } = PEOPLE.find((p) => p.key === person);
    return `  ${role.padEnd(width)}  ${email}`;
  });
  return [
    `Demo sign-ins — demo credentials for local use only, password "${DEMO_PASSWORD}" for all:`,
    ...lines,
  ].join('\n');
}
