import type { ProposalRecordResponse, RoundResponse } from '@fabrique/contracts';
import type { Browser } from 'playwright-core';
import type { ApiClient } from './api.js';
import { desktopPage, phonePage, screenshots } from './browser.js';
import { pressOn } from './keyboard.js';
import { reloadUntil } from './resident.journey.js';
import type { NetworkClock } from './network-clock.js';
import type { Network } from './scene.js';
import { signIn } from './sign-in.js';

const SECOND = 1_000;

async function aRound(api: ApiClient, network: Network, clock: NetworkClock) {
  const now = clock.now().getTime();
  const at = (seconds: number) => new Date(now + seconds * SECOND);
  // The coordinator opens review and voting early (POST …/advance); nobody may close a vote
  // early, so the journey moves the network's clock past its end.
  const schedule = { review: at(300), voting: at(600), votingEnds: at(900) };
  const round = await api.post<RoundResponse>(
    '/api/rounds',
    {
      fundId: network.fundId,
      title: 'Budget participatif du plateau',
      envelopeCents: 500_000,
      method: { type: 'knapsack' },
      proposalsOpenAt: at(-60).toISOString(),
      reviewStartsAt: schedule.review.toISOString(),
      votingStartsAt: schedule.voting.toISOString(),
      votingEndsAt: schedule.votingEnds.toISOString(),
      closesAt: at(24 * 3600).toISOString(),
    },
    network.coordinator.token,
  );
  return { id: round.id, ...schedule };
}

/** A voting round from proposal to results: propose, review, vote, read the results. */
export async function roundsJourney(
  browser: Browser,
  api: ApiClient,
  network: Network,
  system: { url: string; clock: NetworkClock },
) {
  const { url, clock } = system;
  const shot = screenshots('rounds');
  const round = await aRound(api, network, clock);
  const [alice, bob] = [await api.person('Alice Votante'), await api.person('Bob Votant')];
  const other = await api.post<ProposalRecordResponse>(
    `/api/rounds/${round.id}/proposals`,
    {
      title: 'Un four à pain partagé',
      description: 'Un four pour les ateliers de cuisine.',
      commune: 'vassieux-en-vercors',
      costCents: 400_000,
      kind: 'cuisine',
    },
    bob.token,
  );

  const resident = await phonePage(browser, url);
  await signIn(resident, alice);
  await resident.goto(`/rounds/${round.id}`);
  await resident.getByRole('button', { name: 'Proposer un projet' }).first().click();
  await resident.getByLabel('Titre du projet').fill('Des outils pour le repair café');
  await resident.getByLabel('Description').fill('Fers à souder, tournevis, multimètres.');
  await resident.getByLabel('Coût estimé (€)').fill('1200,50');
  await resident.getByRole('button', { name: 'Proposer un projet' }).last().click();
  await resident.getByText('Des outils pour le repair café').first().waitFor();
  await shot(resident, 'proposed');

  const advance = (to: 'review' | 'voting') =>
    api.post(`/api/rounds/${round.id}/advance`, { to }, network.coordinator.token);
  await advance('review');
  const coordinator = await desktopPage(browser, url);
  await signIn(coordinator, network.coordinator);
  await coordinator.goto(`/rounds/${round.id}`);
  for (const title of ['Des outils pour le repair café', 'Un four à pain partagé']) {
    const card = coordinator.getByRole('article').filter({ hasText: title });
    await card.getByLabel('Raison').fill('Utile à tout le plateau, devis vérifié.');
    await card.getByRole('button', { name: 'Réalisable', exact: true }).click();
    await card
      .getByText(/réalisable/i)
      .first()
      .waitFor();
  }
  await shot(coordinator, 'reviewed');

  await advance('voting');
  await resident.goto(`/rounds/${round.id}`);
  // Voting with the keyboard only: Tab to the project, Space; Tab to the button, Enter.
  await pressOn(resident, resident.getByLabel('Des outils pour le repair café'), 'Space');
  await resident
    .getByText(/Il reste/)
    .first()
    .waitFor();
  await pressOn(resident, resident.getByRole('button', { name: 'Enregistrer mon vote' }));
  await resident
    .getByText(/vote est enregistré/i)
    .first()
    .waitFor();
  await shot(resident, 'voted');
  await api.put(`/api/rounds/${round.id}/ballot`, { choices: [other.id] }, bob.token);

  await clock.moveTo(new Date(round.votingEnds.getTime() + SECOND));
  await resident.goto(`/rounds/${round.id}`);
  await reloadUntil(resident, () =>
    resident.getByRole('heading', { name: 'Résultats' }).isVisible(),
  );
  await shot(resident, 'results');
  await resident.getByRole('heading', { name: 'Ce que votre vote a produit' }).waitFor();
  await resident
    .getByText(/Pas encore d’atelier/)
    .first()
    .waitFor();

  // The coordinator turns the winner into a workshop linked to it; the results then show it.
  await coordinator.goto(`/rounds/${round.id}`);
  await coordinator.getByRole('link', { name: 'Créer un atelier pour ce projet' }).first().click();
  await coordinator.getByText(/Cet atelier réalise le projet/).waitFor();
  await coordinator.getByLabel('Type d’atelier').selectOption({ index: 1 });
  await coordinator.getByLabel('Description').fill('Les outils du vote, prêtés au repair café.');
  await coordinator.getByRole('button', { name: 'Enregistrer l’atelier' }).click();
  await coordinator.waitForURL(/\/host\/workshops\/[^/]+\?created=1/);
  await coordinator.getByRole('button', { name: 'Publier' }).click();
  await coordinator.getByText(/Atelier publié/).waitFor();
  await reloadUntil(resident, () =>
    resident
      .getByText(/0 séance tenue/)
      .first()
      .isVisible(),
  );
  await shot(resident, 'produced');
  await resident.context().close();
  await coordinator.context().close();
}
