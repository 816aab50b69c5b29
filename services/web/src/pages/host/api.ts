/**
 * What the workshops and bookings services answer to the hosts' pages (their schemas:
 * packages/contracts/src/api/workshops.ts and bookings.ts), and the calls those pages make.
 */
import type {
  AttendanceClosedResponse,
  AttendanceClosureResponse,
  CatalogueSessionResponse,
  DeliveryVoidResponse,
  KindResponse,
  OccurrenceResponse,
  RosterBookingResponse,
  RosterResponse,
  SessionResponse,
  VenueResponse,
  WorkshopResponse,
} from '@fabrique/contracts';
import { api, apiAll, apiResponse } from '../../api/client.js';
import type { Collected } from './door-money.js';
import type { Volunteer } from './volunteer-fields.js';

export type WorkshopStatus = WorkshopResponse['status'];
export type SessionStatus = SessionResponse['status'];

export type PricePolicy = WorkshopResponse['pricePolicy'];

export type Workshop = WorkshopResponse;

/** The fields the workshop form sends (POST, or PATCH with If-Match). */
export interface WorkshopInput {
  title: string;
  kind: string;
  description: string;
  defaultVenueId: string | null;
  defaultCapacity: number;
  defaultDurationMinutes: number;
  pricePolicy: PricePolicy;
  /** The winning project it carries out (coordinators, from a round's results). */
  projectId?: string;
}

export type Kind = KindResponse;

export type Venue = VenueResponse;

/** A session; its seats left only from GET /api/sessions/{id} (not after a change). */
export type Session = SessionResponse & Partial<Pick<CatalogueSessionResponse, 'seatsLeft'>>;

export type Recurrence =
  | { frequency: 'weekly'; interval: number; count?: number; until?: string }
  | { frequency: 'monthly'; weekday: number; ordinal: number; count?: number; until?: string };

export interface ScheduleBody {
  startsAt: string;
  durationMinutes: number;
  capacity: number;
  venueId?: string;
  recurrence?: Recurrence;
}

export type Occurrence = OccurrenceResponse;

// The roster's types are the bookings service's documented answers (contracts, api/bookings.ts).
export type Roster = RosterResponse;
export type RosterBooking = RosterBookingResponse;
export type AttendanceMark = NonNullable<RosterBooking['attendance']>;
export type WalkIn = Roster['walkIns'][number];
export type RepairItem = Roster['repairs'][number];
export type RepairOutcome = RepairItem['outcome'];
/** What a closed session delivered, as the roster shows it. */
export type AttendanceSummary = AttendanceClosureResponse;
/** A coordinator voided the delivery: the fund no longer counts it. */
export type DeliveryVoid = NonNullable<Roster['voided']>;

export interface AttendanceBody {
  marks?: { bookingId: string; mark: AttendanceMark; attendedSeats?: number }[];
  walkIns?: { id: string; name: string; commune: string; seats: number }[];
  repairs?: { id: string; category: string; outcome: RepairOutcome }[];
}

interface Items<T> {
  items: T[];
  nextCursor?: string | null;
}

/** Something read with the ETag to send back as If-Match when changing it. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export const KEYS = {
  workshops: ['host', 'workshops'] as const,
  workshop: (id: string) => ['host', 'workshop', id] as const,
  sessionsOf: (workshopId: string) => ['host', 'sessions-of', workshopId] as const,
  session: (id: string) => ['host', 'session', id] as const,
  roster: (sessionId: string) => ['host', 'roster', sessionId] as const,
  kinds: ['host', 'kinds'] as const,
  venues: ['host', 'venues'] as const,
};

const enc = encodeURIComponent;

/** The ETag header, or the same thing made from the version (the services' ETag is `W/"<version>"`). */
async function versioned<T extends { version: number }>(response: Response): Promise<Versioned<T>> {
  const value = (await response.json()) as T;
  return { value, etag: response.headers.get('etag') ?? `W/"${value.version}"` };
}

/** Every workshop the API shows this person (published ones, plus their own or, for coordinators, all). */
export async function fetchWorkshops(): Promise<Workshop[]> {
  const all: Workshop[] = [];
  let cursor: string | null | undefined = undefined;
  for (let page = 0; page < 20; page += 1) {
    const query: string = cursor ? `&cursor=${enc(cursor)}` : '';
    const answer: Items<Workshop> = await api<Items<Workshop>>(`/api/workshops?limit=100${query}`);
    all.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return all;
}

export const fetchKinds = () => apiAll<Kind>('/api/workshops/kinds');
export const fetchVenues = () => apiAll<Venue>('/api/venues');

export async function fetchWorkshop(id: string): Promise<Versioned<Workshop>> {
  return versioned<Workshop>(await apiResponse(`/api/workshops/${enc(id)}`));
}

export const createWorkshop = (body: WorkshopInput, idempotencyKey: string) =>
  api<Workshop>('/api/workshops', { method: 'POST', body, idempotencyKey });

export async function patchWorkshop(id: string, etag: string, body: WorkshopInput) {
  const response = await apiResponse(`/api/workshops/${enc(id)}`, {
    method: 'PATCH',
    body,
    ifMatch: etag,
  });
  return versioned<Workshop>(response);
}

export async function setWorkshopStatus(id: string, status: 'published' | 'archived') {
  const response = await apiResponse(`/api/workshops/${enc(id)}/status`, {
    method: 'POST',
    body: { status },
  });
  return versioned<Workshop>(response);
}

export const fetchSessionsOf = (workshopId: string) =>
  apiAll<Session>(`/api/workshops/${enc(workshopId)}/sessions`);

export const previewSessions = (workshopId: string, body: ScheduleBody) =>
  api<Items<Occurrence>>(`/api/workshops/${enc(workshopId)}/sessions/preview`, {
    method: 'POST',
    body,
  }).then((a) => a.items);

/** The sessions scheduled: one session is answered as itself, a series as a list. */
export const scheduleSessions = (workshopId: string, body: ScheduleBody, idempotencyKey: string) =>
  api<Session | Items<Session>>(`/api/workshops/${enc(workshopId)}/sessions`, {
    method: 'POST',
    body,
    idempotencyKey,
  }).then((answer) => ('items' in answer ? answer.items : [answer]));

export async function fetchSession(id: string): Promise<Versioned<Session>> {
  return versioned<Session>(await apiResponse(`/api/sessions/${enc(id)}`));
}

export interface RescheduleBody {
  startsAt: string;
  durationMinutes: number;
  venueId: string;
}

export async function rescheduleSession(id: string, etag: string, body: RescheduleBody) {
  const response = await apiResponse(`/api/sessions/${enc(id)}`, {
    method: 'PATCH',
    body,
    ifMatch: etag,
  });
  return versioned<Session>(response);
}

export const cancelSession = (id: string, reason: string) =>
  api<Session>(`/api/sessions/${enc(id)}/cancel`, { method: 'POST', body: { reason } });

export const fetchRoster = (sessionId: string) => api<Roster>(`/api/rosters/${enc(sessionId)}`);

export const recordAttendance = (sessionId: string, body: AttendanceBody) =>
  api<Roster>(`/api/rosters/${enc(sessionId)}/attendance`, { method: 'POST', body });

export const voidDelivery = (sessionId: string, reason: string) =>
  api<DeliveryVoidResponse>(`/api/rosters/${enc(sessionId)}/void`, {
    method: 'POST',
    body: { reason },
  });

export const closeAttendance = (
  sessionId: string,
  given: { collected?: Collected | undefined; volunteers?: Volunteer[] },
) =>
  api<AttendanceClosedResponse>(`/api/rosters/${enc(sessionId)}/close`, {
    method: 'POST',
    body: given,
  });
