import type { Browser } from 'playwright-core';
import { apiClient } from './api.js';
import { desktopPage, launchBrowser, phonePage, screenshots } from './browser.js';
import { signIn } from './sign-in.js';
import { startSystem, type RunningSystem } from './system.js';

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

describe('the web app, served by the gateway', () => {
  it('boots in French on a phone, with its navigation and a language switch', async () => {
    const page = await phonePage(browser, system.url);
    const shot = screenshots('smoke');
    await page.goto('/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await shot(page, 'home-menu');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const deepLink = await page.goto('/sessions/unknown-session');
    expect(deepLink?.status()).toBe(200);
  }, 60_000);

  it('stays signed in across reloads without asking for new tokens each time', async () => {
    const person = await apiClient(system.url).person('Rita Recharge');
    const page = await desktopPage(browser, system.url);
    await signIn(page, person);
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth/refresh')) refreshes.push(request.url());
    });
    for (let i = 0; i < 3; i += 1) await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(refreshes).toEqual([]);
  }, 60_000);
});
