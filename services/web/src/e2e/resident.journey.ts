import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from './api.js';
import { phonePage, screenshots } from './browser.js';
import { pressOn } from './keyboard.js';
import { aSession, aWorkshop, book, inDays, type Network } from './scene.js';

const PASSWORD = 'une longue phrase de passe à moi';

async function signUp(page: Page, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByLabel('Votre nom').fill('Rose Résidente');
  await page.getByLabel('Commune').selectOption({ label: 'Vassieux-en-Vercors' });
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Reloads until the check holds (events reach the pages a moment after the action). */
export async function reloadUntil(page: Page, check: () => Promise<boolean>, tries = 20) {
  for (let i = 0; i < tries; i += 1) {
    // The page restores the session and loads its data after the document: wait for both.
    await page.waitForLoadState('networkidle');
    if (await check()) return;
    await page.waitForTimeout(500);
    await page.reload();
  }
  const text = (await page.locator('main').innerText()).slice(0, 1_500);
  throw new Error(`not shown after ${tries} reloads: ${page.url()}\n${text}`);
}

/**
 * A resident signs up, books a seat, joins the waiting list of a full session and is
 * promoted when the person holding the seat cancels.
 */
export async function residentJourney(
  browser: Browser,
  api: ApiClient,
  network: Network,
  url: string,
) {
  const shot = screenshots('resident');
  const workshopId = await aWorkshop(api, network, 'Atelier vélo');
  const open = await aSession(api, network, workshopId, { startsAt: inDays(7), capacity: 4 });
  const full = await aSession(api, network, workshopId, { startsAt: inDays(14), capacity: 1 });
  const bernard = await api.person('Bernard Premier');
  const held = await book(api, bernard, full);
  expect(held.status).toBe('confirmed');

  const page = await phonePage(browser, url);
  await signUp(page, `rose.${Date.now()}@example.org`);
  await shot(page, 'catalogue');
  await page
    .getByRole('link', { name: /Atelier vélo/ })
    .first()
    .click();
  await page.waitForURL((u) => u.pathname.startsWith('/sessions/'));
  // Booking with the keyboard only: Tab to the button, Enter.
  await page.goto(`/sessions/${open}`);
  await pressOn(page, page.getByRole('button', { name: 'Réserver' }));
  await page
    .getByText(/Réservation confirmée/)
    .first()
    .waitFor();
  await shot(page, 'booked');

  await page.goto(`/sessions/${full}`);
  await pressOn(page, page.getByRole('button', { name: 'Réserver' }));
  await page
    .getByText(/Vous êtes sur la liste d’attente/)
    .first()
    .waitFor();
  await page
    .getByText(/position 1/)
    .first()
    .waitFor();
  await shot(page, 'waitlisted');

  await api.post(`/api/bookings/${held.id}/cancel`, { reason: 'Empêché' }, bernard.token);
  await page.goto('/bookings');
  const accept = page.getByRole('button', { name: 'Accepter la place' });
  await reloadUntil(page, () => accept.isVisible());
  await shot(page, 'offered');
  await accept.click();
  await page
    .getByText(/Réservation confirmée/)
    .first()
    .waitFor();
  await shot(page, 'promoted');
  await page.context().close();
}
