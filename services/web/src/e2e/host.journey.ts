import type { Browser, Page } from 'playwright-core';
import type { ApiClient, Person } from './api.js';
import { desktopPage, phonePage, screenshots } from './browser.js';
import type { NetworkClock } from './network-clock.js';
import { reloadUntil } from './resident.journey.js';
import { aSession, aWorkshop, book, nextSlot, type Network } from './scene.js';
import { signIn } from './sign-in.js';

export interface HostScene {
  workshopId: string;
  sessionId: string;
  startsAt: Date;
  residents: Person[];
}

/**
 * A session starting in a few minutes, booked by two residents: attendance opens an hour
 * before it starts and closes once it started, which the journey reaches by moving the clock.
 */
async function hostScene(
  api: ApiClient,
  network: Network,
  clock: NetworkClock,
): Promise<HostScene> {
  const workshopId = await aWorkshop(api, network, 'Repair café du samedi', 10);
  const startsAt = nextSlot(clock.now(), 90_000);
  const sessionId = await aSession(api, network, workshopId, {
    startsAt,
    capacity: 10,
    bookingClosesHoursBefore: 0,
  });
  const residents = [await api.person('Marie Dupont'), await api.person('Paul Martin')];
  for (const resident of residents) await book(api, resident, sessionId);
  return { workshopId, sessionId, startsAt, residents };
}

async function scheduleWeeklySeries(page: Page, workshopId: string) {
  await page.goto(`/host/workshops/${workshopId}`);
  const start = new Date(Date.now() + 9 * 24 * 3_600_000);
  await page.getByLabel('Date').fill(start.toISOString().slice(0, 10));
  await page.getByLabel('Heure').fill('14:00');
  await page.getByLabel('Répéter chaque semaine').check();
  await page.getByLabel('Nombre de séances').fill('4');
  await page.getByRole('button', { name: 'Voir les dates' }).click();
  await page.getByRole('button', { name: 'Programmer ces séances' }).waitFor();
}

async function publicHours(page: Page): Promise<number | null> {
  const label = page.getByText('Heures de participation').first();
  if (!(await label.isVisible())) return null;
  const text = (await label.locator('xpath=..').innerText()).replace(/[\u00a0\u202f]/g, ' ');
  const match = /Heures de participation\D*([\d,]+)/.exec(text);
  return match ? Number(match[1]!.replace(',', '.')) : null;
}

/** A host schedules a weekly series, checks people in and closes attendance; the fund shows the hours. */
export async function hostJourney(
  browser: Browser,
  api: ApiClient,
  network: Network,
  system: { url: string; clock: NetworkClock },
) {
  const { url, clock } = system;
  const scene = await hostScene(api, network, clock);
  const shot = screenshots('host');
  const page = await desktopPage(browser, url);
  // The browser's clock is the network's: the page decides from it when closing may start.
  await page.clock.install({ time: clock.now() });
  await signIn(page, network.host);
  await scheduleWeeklySeries(page, scene.workshopId);
  await shot(page, 'series-preview');
  await page.getByRole('button', { name: 'Programmer ces séances' }).click();
  await page
    .getByText(/4 séances/)
    .first()
    .waitFor();
  await shot(page, 'series-scheduled');

  await page.goto(`/host/sessions/${scene.sessionId}`);
  for (const resident of scene.residents)
    await page.getByRole('button', { name: `Présent : ${resident.displayName}` }).click();
  await shot(page, 'roster-checked-in');
  const aheadMs = scene.startsAt.getTime() + 1_000 - clock.now().getTime();
  await clock.moveTo(new Date(scene.startsAt.getTime() + 1_000));
  await page.clock.fastForward(aheadMs);
  await page.getByRole('button', { name: 'Clôturer la présence' }).click();
  // The host's own hours, and a booked person who stayed to help, as volunteers.
  await page.getByLabel('Vos heures de bénévolat pour cette séance (facultatif)').fill('2');
  const helper = scene.residents[0]!.displayName;
  await page.getByLabel('Ajouter une personne inscrite qui a aidé').selectOption({ label: helper });
  await page.getByLabel(`Heures de bénévolat de ${helper} (facultatif)`).fill('1,5');
  await shot(page, 'closing-volunteers');
  await page.getByRole('button', { name: 'Oui, clôturer' }).click();
  await page
    .getByText(/clôturée/i)
    .first()
    .waitFor();
  await shot(page, 'attendance-closed');

  const visitor = await phonePage(browser, url);
  await visitor.goto(`/funds/${network.fundId}`);
  // Two people for one hour: two participant-hours more in the fund's public summary.
  await reloadUntil(visitor, async () => (await publicHours(visitor)) === 2);
  // 2 h + 1,5 h of volunteering, beside the money (contributions in kind).
  await reloadUntil(visitor, () =>
    visitor
      .getByText(/3,5\s*h données/)
      .first()
      .isVisible(),
  );
  await shot(visitor, 'fund-summary');
  await page.context().close();
  await visitor.context().close();
}
