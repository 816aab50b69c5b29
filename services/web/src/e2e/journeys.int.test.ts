import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { accountJourney } from './account.journey.js';
import { apiClient, type ApiClient } from './api.js';
import { auditedRoles, writeAudits } from './a11y.js';
import { launchBrowser, repoRoot } from './browser.js';
import { funderJourney } from './funder.journey.js';
import { hostJourney } from './host.journey.js';
import { moneyJourney } from './money.journey.js';
import { residentJourney } from './resident.journey.js';
import { roundsJourney } from './rounds.journey.js';
import { aNetwork, type Network } from './scene.js';
import { startSystem, type RunningSystem } from './system.js';

// One network for the journeys; the host's and the rounds' journeys move its clock forward
// (network-clock.ts) past a session's start or a vote's end. Screenshots:
// test-output/screenshots/<journey>/.
let system: RunningSystem;
let browser: Browser;
let api: ApiClient;
let network: Network;

beforeAll(async () => {
  system = await startSystem();
  browser = await launchBrowser();
  api = apiClient(system.url, system.smtp);
  network = await aNetwork(system, api);
}, 120_000);

afterAll(async () => {
  // Every page the journeys audited, whoever was signed in (a11y.ts).
  writeAudits(join(repoRoot, 'test-output/a11y.json'));
  await browser?.close();
  await system?.stop();
});

const withLogs = async (journey: () => Promise<void>) => {
  try {
    await journey();
  } catch (error) {
    console.error(system.logs().slice(-8_000));
    throw error;
  }
};

describe('journeys in the browser', () => {
  it('a resident signs up, books, waits on a full session and is promoted', async () => {
    await withLogs(() => residentJourney(browser, api, network, system.url));
  }, 120_000);

  it('a resident declares a gift; it counts once the coordinator confirms it', async () => {
    await withLogs(() => moneyJourney(browser, api, network, system.url));
  }, 120_000);

  it('a funder promises a sum in her business’s name and reads its statement', async () => {
    await withLogs(() => funderJourney(browser, system, api, network, system.url));
  }, 120_000);

  it('a resident confirms her address, resets a forgotten password by email, changes it and her address, and signs out everywhere', async () => {
    await withLogs(() => accountJourney(browser, system.smtp, system.url));
  }, 120_000);

  it('a voting round goes from proposal to results', async () => {
    await withLogs(() => roundsJourney(browser, api, network, system));
  }, 120_000);

  it('a host schedules a weekly series, checks people in and closes attendance; the fund shows the hours', async () => {
    await withLogs(() => hostJourney(browser, api, network, system));
  }, 120_000);

  it('audited pages signed in as every role, and signed out', () => {
    expect(auditedRoles()).toEqual(
      expect.arrayContaining(['visitor', 'resident', 'host', 'funder', 'coordinator']),
    );
  });
});
