import type { FundSummaryResponse } from '@fabrique/contracts';
import type { Browser } from 'playwright-core';
import type { ApiClient } from './api.js';
import { desktopPage, phonePage, screenshots } from './browser.js';
import { reloadUntil } from './resident.journey.js';
import type { Network } from './scene.js';
import { signIn } from './sign-in.js';

const contributed = async (api: ApiClient, fundId: string) =>
  (await api.get<FundSummaryResponse>(`/api/funds/${fundId}/summary`)).totals.contributedCents;

/**
 * A resident declares a gift: it waits, counted nowhere, until the coordinator confirms it on
 * the fund's management page; then the resident sees it confirmed and the public figures
 * count it.
 */
export async function moneyJourney(
  browser: Browser,
  api: ApiClient,
  network: Network,
  url: string,
) {
  const shot = screenshots('money');
  const resident = await api.person('Rose Donatrice');
  const before = await contributed(api, network.fundId);
  const page = await phonePage(browser, url);
  await signIn(page, resident);
  await page.goto(`/funds/${network.fundId}/contribute`);
  await page.getByLabel('Montant en euros').fill('37');
  await page.getByLabel('Référence du reçu (facultatif)').fill('VIR-ROSE-37');
  await page.getByRole('button', { name: 'Enregistrer le versement' }).click();
  await page.getByText('est déclaré').waitFor();
  await page.getByRole('cell', { name: 'En attente du trésorier' }).waitFor();
  await shot(page, 'declared');
  expect(await contributed(api, network.fundId)).toBe(before);

  const coordinator = await desktopPage(browser, url);
  await signIn(coordinator, network.coordinator);
  await coordinator.goto(`/funds/${network.fundId}/manage`);
  await coordinator.getByRole('button', { name: 'Confirmer le versement de 37,00 €' }).click();
  await coordinator.getByText('Le versement de 37,00 € est confirmé').waitFor();
  await shot(coordinator, 'confirmed');

  await reloadUntil(page, () => page.getByRole('cell', { name: 'Confirmé' }).isVisible());
  expect(await contributed(api, network.fundId)).toBe(before + 3_700);
  await shot(page, 'seen-confirmed');
  await page.context().close();
  await coordinator.context().close();
}
