// The real objects the access test calls every operation on, and one caller of each kind:
// anonymous, a resident with no tie to them, their owner, their host, a funder of the
// organisation, a coordinator. Everything is made through the API, as people would.
import type { Caller } from '@fabrique/service-kit';
import { eventually as waitFor } from '@fabrique/testkit';
import type { ApiClient, Person } from '../../services/web/src/e2e/api.js';
import {
  aSession,
  aWorkshop,
  book,
  inDays,
  withRole,
  type Network,
} from '../../services/web/src/e2e/scene.js';
import type { RunningSystem } from '../../services/web/src/e2e/system.js';

export const COMMUNE = 'vassieux-en-vercors';

export interface Scene {
  people: Record<Exclude<Caller, 'anonymous'>, Person>;
  ids: Record<string, string>;
}

/** Waits for what a service learns from another's events (a refusal until then). */
async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
  const known = (value: T | undefined): value is T => value !== undefined;
  const value = await waitFor(() => read().catch(() => undefined), known, 20_000);
  return value as T;
}

async function organisationOf(api: ApiClient, coordinator: Person, funder: Person) {
  const org = await api.post<{ id: string }>(
    '/api/organisations',
    { name: `Mairie d’accès ${Date.now()}`, kind: 'municipality', commune: COMMUNE },
    coordinator.token,
  );
  await api.put(`/api/organisations/${org.id}/members/${funder.id}`, undefined, coordinator.token);
  return org.id;
}

/** A fund of this year with one budget line, for expenses. */
async function aFund(api: ApiClient, coordinator: Person) {
  const year = new Date().getUTCFullYear();
  const fund = await api.post<{ id: string }>(
    '/api/funds',
    {
      name: `Fonds de l’accès ${year}`,
      periodStart: `${year - 1}-12-31T23:00:00.000Z`,
      periodEnd: `${year + 1}-12-31T23:00:00.000Z`,
      targetCents: 1_000_000,
      memberCommunes: [COMMUNE],
      lineItems: [{ id: 'materiel', label: 'Matériel', budgetCents: 100_000 }],
    },
    coordinator.token,
  );
  return fund.id;
}

async function moneyOf(api: ApiClient, fundId: string, people: Scene['people'], orgId: string) {
  const fund = `/api/funds/${fundId}`;
  const entry = await api.post<{ id: string }>(
    `${fund}/contributions`,
    { amountCents: 50_000, organisationId: orgId, reference: 'VIR-ACCES-1' },
    people.coordinator.token,
  );
  const declaration = await eventually(() =>
    api.post<{ id: string }>(
      `${fund}/contributions`,
      { amountCents: 2_000, reference: 'CHQ-ACCES-1' },
      people.owner.token,
    ),
  );
  const expense = await api.post<{ id: string }>(
    `${fund}/expenses`,
    { amountCents: 3_000, lineItemId: 'materiel', receiptRef: 'FAC-1', description: 'Fil' },
    people.host.token,
  );
  return { entryId: entry.id, declarationId: declaration.id, expenseId: expense.id };
}

async function roundOf(api: ApiClient, fundId: string, people: Scene['people']) {
  const at = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  const round = await api.post<{ id: string }>(
    '/api/rounds',
    {
      fundId,
      title: 'Budget participatif de l’accès',
      envelopeCents: 500_000,
      method: { type: 'knapsack' },
      proposalsOpenAt: at(-1),
      reviewStartsAt: at(24),
      votingStartsAt: at(48),
      votingEndsAt: at(72),
      closesAt: at(96),
    },
    people.coordinator.token,
  );
  const proposal = await api.post<{ id: string }>(
    `/api/rounds/${round.id}/proposals`,
    {
      title: 'Une grainothèque',
      description: 'Des graines pour tous.',
      commune: COMMUNE,
      costCents: 40_000,
      kind: 'jardin',
    },
    people.owner.token,
  );
  return { roundId: round.id, proposalId: proposal.id };
}

async function callersOf(system: RunningSystem, api: ApiClient, network: Network) {
  return {
    resident: await api.person('Rémi Passant'),
    owner: await api.person('Olive Propriétaire'),
    host: network.host,
    funder: await withRole(system, api, 'Fanny Financeuse', 'funder'),
    coordinator: network.coordinator,
  };
}

/** The owner's booking of the host's session, its calendar link and its notification. */
async function bookingOf(api: ApiClient, network: Network, owner: Person) {
  const workshopId = await aWorkshop(api, network, 'Atelier de l’accès');
  const sessionId = await aSession(api, network, workshopId, { startsAt: inDays(10), capacity: 6 });
  const booking = await eventually(() => book(api, owner, sessionId));
  const calendar = await api.post<{ url: string }>(
    '/api/bookings/calendar',
    undefined,
    owner.token,
  );
  const notification = await eventually(async () => {
    const inbox = await api.get<{ items: { id: string }[] }>('/api/notifications', owner.token);
    return inbox.items[0];
  });
  return {
    workshopId,
    sessionId,
    bookingId: booking.id,
    notificationId: notification.id,
    calendarToken:
      calendar.url
        .split('/')
        .pop()
        ?.replace(/\.ics$/, '') ?? '',
  };
}

/** The callers and the objects, with every id a path of the API may take. */
export async function aScene(system: RunningSystem, api: ApiClient, network: Network) {
  const people = await callersOf(system, api, network);
  const organisationId = await organisationOf(api, people.coordinator, people.funder);
  const kinds = await api.get<{ items: { id: string }[] }>('/api/workshops/kinds');
  const communes = await api.get<{ items: { id: string }[] }>('/api/communes');
  const fundId = await aFund(api, people.coordinator);
  const ids: Record<string, string> = {
    ownerId: people.owner.id,
    funderId: people.funder.id,
    communeId: communes.items[0]?.id ?? COMMUNE,
    kindId: kinds.items[0]?.id ?? '',
    venueId: network.venueId,
    organisationId,
    fundId,
    ...(await bookingOf(api, network, people.owner)),
    ...(await moneyOf(api, fundId, people, organisationId)),
    ...(await roundOf(api, fundId, people)),
  };
  return { people, ids } satisfies Scene;
}
