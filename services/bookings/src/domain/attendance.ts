import {
  countOf,
  localized,
  type Localized,
  type REPAIR_OUTCOMES,
  type WordForms,
} from '@fabrique/contracts';
import type { Booking } from './booking.js';
import type { SessionRecord } from './session.js';

export type RepairOutcome = (typeof REPAIR_OUTCOMES)[number];

export interface WalkIn {
  id: string;
  sessionId: string;
  name: string;
  commune: string;
  seats: number;
}

export interface RepairItem {
  id: string;
  sessionId: string;
  category: string;
  outcome: RepairOutcome;
}

export interface AttendanceInput {
  session: SessionRecord;
  /** Confirmed bookings of the session, with their marks. */
  bookings: Booking[];
  walkIns: WalkIn[];
  repairs: RepairItem[];
  /** Commune of residence per resident id (unknown residents count under "unknown"). */
  communeOf: (residentId: string) => string | undefined;
}

const UNKNOWN_COMMUNE = 'unknown';

/** Seats that came: a booking marked attended counts its attended seats (all, unless said). */
export function attendedSeatsOf(booking: Booking): number {
  if (booking.attendance !== 'attended') return 0;
  return booking.attendedSeats ?? booking.seats;
}

function addTo(counts: Map<string, number>, key: string, n: number): void {
  if (n > 0) counts.set(key, (counts.get(key) ?? 0) + n);
}

function sorted<K extends string>(counts: Map<string, number>, key: K) {
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([value, attendees]) =>
        ({ [key]: value, attendees }) as Record<K, string> & { attendees: number },
    );
}

function repairCounts(repairs: RepairItem[]) {
  const byCategory = new Map<string, { fixed: number; repairable: number; endOfLife: number }>();
  for (const item of repairs) {
    const row = byCategory.get(item.category) ?? { fixed: 0, repairable: 0, endOfLife: 0 };
    if (item.outcome === 'fixed') row.fixed += 1;
    else if (item.outcome === 'repairable') row.repairable += 1;
    else row.endOfLife += 1;
    byCategory.set(item.category, row);
  }
  const rows = [...byCategory.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([category, row]) => ({ category, ...row }));
  const total = (field: 'fixed' | 'repairable' | 'endOfLife') =>
    rows.reduce((sum, row) => sum + row[field], 0);
  return {
    items: repairs.length,
    fixed: total('fixed'),
    repairable: total('repairable'),
    endOfLife: total('endOfLife'),
    byCategory: rows,
  };
}

/**
 * What a closed session delivered, as the fund counts it. Bookings left unmarked at closing
 * count as no-shows: the fund only pays for people someone saw.
 */
export function summariseAttendance(input: AttendanceInput) {
  const { session } = input;
  const byCommune = new Map<string, number>();
  let bookedSeats = 0;
  let attendedBooked = 0;
  for (const booking of input.bookings) {
    bookedSeats += booking.seats;
    const seats = attendedSeatsOf(booking);
    attendedBooked += seats;
    addTo(byCommune, input.communeOf(booking.residentId) ?? UNKNOWN_COMMUNE, seats);
  }
  let walkIns = 0;
  for (const walkIn of input.walkIns) {
    walkIns += walkIn.seats;
    addTo(byCommune, walkIn.commune, walkIn.seats);
  }
  const attendees = attendedBooked + walkIns;
  const participantMinutes = attendees * session.durationMinutes;
  return {
    sessionId: session.id,
    workshopId: session.workshopId,
    kind: session.kind,
    commune: session.commune,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    hostIds: session.hostIds,
    bookedSeats,
    attendees,
    noShows: bookedSeats - attendedBooked,
    walkIns,
    participantMinutes,
    participantHours: Math.round((participantMinutes / 60) * 100) / 100,
    byResidenceCommune: sorted(byCommune, 'commune'),
    byKind: attendees > 0 ? [{ kind: session.kind, attendees }] : [],
    repairs: repairCounts(input.repairs),
  };
}

export type AttendanceSummary = ReturnType<typeof summariseAttendance>;

const SEATS: WordForms = { fr: ['place', 'places'], en: ['seat', 'seats'] };
const PRESENT: WordForms = {
  fr: ['personne présente', 'personnes présentes'],
  en: ['person present', 'people present'],
};
const ROOM: WordForms = {
  fr: ['place libre', 'places libres'],
  en: ['more person', 'more people'],
};

/**
 * Why walk-ins do not fit: `3 places, 2 personnes présentes : 1 place libre.`,
 * `3 seats, 2 people present: room for 1 more person.`
 */
export function noRoomDetail(capacity: number, present: number): Localized {
  const room = Math.max(0, capacity - present);
  return localized((l) => {
    const seats = countOf(capacity, SEATS, l);
    const people = countOf(present, PRESENT, l);
    const free = countOf(room, ROOM, l);
    return l === 'fr' ? `${seats}, ${people} : ${free}.` : `${seats}, ${people}: room for ${free}.`;
  });
}
