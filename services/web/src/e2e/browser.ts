import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { auditPage } from './a11y.js';

export const repoRoot = join(import.meta.dirname, '../../../..');
export const SCREENSHOTS = join(repoRoot, 'test-output/screenshots');

/** Debian's Chromium (never a browser a tool downloads), as DESIGN.md says. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
    headless: true,
  });
}

/** A phone-sized page (the app must work at 360 px), French, in Paris. */
export async function phonePage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

export async function desktopPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/**
 * Saves a full-page screenshot as test-output/screenshots/<journey>/<nn>-<name>.png, and audits
 * the page's accessibility at that moment (a11y.ts: fails on a serious or critical violation).
 */
export function screenshots(journey: string) {
  const dir = join(SCREENSHOTS, journey);
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return async (page: Page, name: string) => {
    count += 1;
    const file = join(dir, `${String(count).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await auditPage(page, journey, name);
    return file;
  };
}
