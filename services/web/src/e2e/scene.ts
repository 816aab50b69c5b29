import type { BookingResponse, FundResponse } from '@fabrique/contracts';
import type { ApiClient, Person } from './api.js';
import type { RunningSystem } from './system.js';

const COMMUNE = 'vassieux-en-vercors';
const MINUTE = 60_000;

export interface Network {
  coordinator: Person;
  host: Person;
  venueId: string;
  fundId: string;
}

/** A person made through the API, then given a role (signed in again to carry it). */
export async function withRole(system: RunningSystem, api: ApiClient, name: string, role: string) {
  const person = await api.person(name);
  await system.admin('grant-role', person.email, role);
  return api.refresh(person);
}

/** A coordinator, a host, a venue in Vassieux and this year's fund, all through the API. */
export async function aNetwork(system: RunningSystem, api: ApiClient): Promise<Network> {
  const coordinator = await withRole(system, api, 'Claire Coordinatrice', 'coordinator');
  const host = await withRole(system, api, 'Hugo Hôte', 'host');
  const venue = await api.post<{ id: string }>(
    '/api/venues',
    { name: 'Salle des fêtes', address: '1 place de la Mairie', commune: COMMUNE, maxCapacity: 30 },
    coordinator.token,
  );
  const year = new Date().getUTCFullYear();
  const fund = await api.post<FundResponse>(
    '/api/funds',
    {
      name: `Fonds des ateliers ${year}`,
      periodStart: `${year - 1}-12-31T23:00:00.000Z`,
      periodEnd: `${year + 1}-12-31T23:00:00.000Z`,
      targetCents: 6_000_000,
      memberCommunes: [COMMUNE],
    },
    coordinator.token,
  );
  return { coordinator, host, venueId: venue.id, fundId: fund.id };
}

export async function aWorkshop(api: ApiClient, network: Network, title: string, capacity = 8) {
  const workshop = await api.post<{ id: string }>(
    '/api/workshops',
    {
      title,
      kind: 'repair',
      description: 'Apportez ce qui est cassé : on répare ensemble.',
      defaultVenueId: network.venueId,
      defaultCapacity: capacity,
      defaultDurationMinutes: 60,
    },
    network.host.token,
  );
  await api.post(
    `/api/workshops/${workshop.id}/status`,
    { status: 'published' },
    network.host.token,
  );
  return workshop.id;
}

export async function aSession(
  api: ApiClient,
  network: Network,
  workshopId: string,
  options: { startsAt: Date; capacity: number; bookingClosesHoursBefore?: number },
): Promise<string> {
  const session = await api.post<{ id: string }>(
    `/api/workshops/${workshopId}/sessions`,
    {
      startsAt: options.startsAt.toISOString(),
      capacity: options.capacity,
      bookingClosesHoursBefore: options.bookingClosesHoursBefore ?? 2,
    },
    network.host.token,
  );
  return session.id;
}

/** The next 5-minute slot at least `leadMs` away (sessions start on a 5-minute grid). */
export function nextSlot(now: Date, leadMs: number): Date {
  const slot = 5 * MINUTE;
  return new Date(Math.ceil((now.getTime() + leadMs) / slot) * slot);
}

export const inDays = (days: number, hourUtc = 9) => {
  const date = new Date(Date.now() + days * 24 * 60 * MINUTE);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
};

export async function book(api: ApiClient, resident: Person, sessionId: string) {
  return api.post<BookingResponse>('/api/bookings', { sessionId }, resident.token);
}
