import type { Browser } from 'playwright-core';
import type { ApiClient } from './api.js';
import { desktopPage, screenshots } from './browser.js';
import type { Network } from './scene.js';
import { signIn } from './sign-in.js';
import type { RunningSystem } from './system.js';

/**
 * The bakery of the village funds the workshops: its contact, a funder, promises a sum in its
 * name and reads its statement — the pages a funder sees, audited as one.
 */
export async function funderJourney(
  browser: Browser,
  system: RunningSystem,
  api: ApiClient,
  network: Network,
  url: string,
) {
  const shot = screenshots('funder');
  const funder = await api.person('Fanny Fournil');
  await system.admin('grant-role', funder.email, 'funder');
  const bakery = `Fournil de la place ${Date.now()}`;
  const { coordinator } = network;
  const org = await api.post<{ id: string }>(
    '/api/organisations',
    { name: bakery, kind: 'business', commune: 'vassieux-en-vercors' },
    coordinator.token,
  );
  await api.put(`/api/organisations/${org.id}/members/${funder.id}`, undefined, coordinator.token);

  const page = await desktopPage(browser, url);
  await signIn(page, funder);
  await page.goto(`/funds/${network.fundId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot(page, 'fund');

  await page.goto(`/funds/${network.fundId}/contribute`);
  await page.getByLabel('Une promesse (un montant que vous prévoyez de donner)').check();
  await page.getByLabel('Au nom de').selectOption({ label: bakery });
  await page.getByLabel('Montant en euros').fill('500');
  await page.getByRole('button', { name: 'Enregistrer la promesse' }).click();
  await page.getByText('est déclarée').waitFor();
  await shot(page, 'pledge-declared');

  await page.goto(`/funds/${network.fundId}/statement`);
  await page.getByLabel('Au nom de').selectOption({ label: bakery });
  await page.getByRole('heading', { name: 'Mon relevé' }).waitFor();
  await shot(page, 'statement');
  await page.context().close();
}
