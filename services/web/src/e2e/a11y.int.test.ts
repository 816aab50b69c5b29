// The audit the journeys run at every screenshot does fail on a serious violation, and says
// which rule and which element (a page built to break two rules).
import type { Browser } from 'playwright-core';
import { auditPage } from './a11y.js';
import { launchBrowser } from './browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it('fails on a picture without text and a nameless button, naming them', async () => {
  const page = await browser.newPage();
  await page.setContent(
    '<html lang="fr"><title>t</title><main><img src="data:," id="photo"><button id="b"></button></main></html>',
  );
  await expect(auditPage(page, 'self-test', 'broken')).rejects.toThrow(/image-alt[\s\S]*#photo/);
  await page.setContent(
    '<html lang="fr"><title>t</title><main><img src="data:," alt="Atelier"><button>Réserver</button></main></html>',
  );
  await expect(auditPage(page, 'self-test', 'fixed')).resolves.toBeUndefined();
  await page.close();
});
