/**
 * What the services answer to the coordinators' pages (their schemas: packages/contracts/
 * src/api/), and the calls those pages make.
 */
import type {
  AccountLookupResponse,
  FailedEmailResponse,
  FundReconciliationResponse,
  FundResponse,
  OrganisationResponse,
  ReconciliationResponse,
  VenueResponse,
} from '@fabrique/contracts';
import { api, apiAll, apiResponse } from '../../api/client.js';

export type Venue = VenueResponse;

export type VenueInput = Pick<
  Venue,
  'name' | 'address' | 'commune' | 'maxCapacity' | 'accessibility' | 'equipment'
>;

export type OrganisationKind = OrganisationResponse['kind'];

export type Organisation = OrganisationResponse;

/** A person found by email (GET /api/accounts?email=), with the organisations they act for. */
export type Person = AccountLookupResponse;

/** An email that failed every attempt (`GET /api/notifications/dead-letters`). */
export type DeadLetter = FailedEmailResponse;

/** `all`, or the sequence number of one dead letter. */
export type ReplayTarget = number | 'all';

export type FundReconciliation = FundReconciliationResponse;
export type Reconciliation = ReconciliationResponse;
export type FundName = Pick<FundResponse, 'id' | 'name'>;

export interface Items<T> {
  items: T[];
}

export const KEYS = {
  venues: ['admin', 'venues'] as const,
  organisations: ['organisations'] as const,
  person: (email: string) => ['admin', 'person', email] as const,
  deadLetters: ['admin', 'dead-letters'] as const,
  reconciliation: ['admin', 'reconciliation'] as const,
  funds: ['admin', 'fund-names'] as const,
};

export const fetchOrganisations = async (): Promise<Items<Organisation>> => ({
  items: await apiAll<Organisation>('/api/organisations'),
});
/** Coordinators also see the venues hosts proposed. */
export const fetchVenues = async (): Promise<Items<Venue>> => ({
  items: await apiAll<Venue>('/api/venues?proposed=true'),
});

export async function findPerson(email: string): Promise<Person | null> {
  const found = await api<Items<Person>>(`/api/accounts?email=${encodeURIComponent(email)}`);
  return found.items[0] ?? null;
}

/** A venue with the ETag to send back as If-Match when saving it. */
export async function fetchVenueForEdit(id: string): Promise<{ venue: Venue; etag: string }> {
  const response = await apiResponse(`/api/venues/${encodeURIComponent(id)}`);
  const venue = (await response.json()) as Venue;
  return { venue, etag: response.headers.get('etag') ?? venueEtag(venue) };
}

/**
 * The workshops service's ETag of a venue is its version (`W/"3"`): a list item carries the
 * version the coordinator saw, so an action from the list is refused if someone changed it since.
 */
export const venueEtag = (venue: Pick<Venue, 'version'>) => `W/"${venue.version}"`;

export const patchVenue = (id: string, etag: string, body: Partial<VenueInput> | object) =>
  api<Venue>(`/api/venues/${encodeURIComponent(id)}`, { method: 'PATCH', body, ifMatch: etag });

export const setMembership = (organisationId: string, accountId: string, member: boolean) =>
  api<void>(
    `/api/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(accountId)}`,
    { method: member ? 'PUT' : 'DELETE' },
  );
