import type {
  EventOf,
  sessionAttendanceClosedV1,
  sessionDeliveryVoidedV1,
} from '@fabrique/contracts';

/** What one closed session delivered (from bookings' attendance-closed event). */
export interface Delivery {
  sessionId: string;
  workshopId: string;
  kind: string;
  /** Commune of the venue. */
  commune: string;
  startsAt: Date;
  durationMinutes: number;
  attendees: number;
  participantMinutes: number;
  byResidenceCommune: { commune: string; attendees: number }[];
  /** Hosts and helpers who gave their time, and how long (contributions in kind). */
  volunteers?: { accountId: string; minutes: number }[];
}

/** A closed session's delivery that a coordinator voided: its hours no longer count. */
export interface DeliveryVoid {
  sessionId: string;
  startsAt: Date;
  reason: string;
  voidedBy: string;
  voidedAt: Date;
}

/** What bookings' attendance-closed event says a session delivered. */
export function deliveryFromData(
  data: EventOf<typeof sessionAttendanceClosedV1>['data'],
): Delivery {
  return {
    sessionId: data.sessionId,
    workshopId: data.workshopId,
    kind: data.kind,
    commune: data.commune,
    startsAt: new Date(data.startsAt),
    durationMinutes: data.durationMinutes,
    attendees: data.attendees,
    participantMinutes: data.participantMinutes,
    byResidenceCommune: data.byResidenceCommune,
    volunteers: data.volunteers ?? [],
  };
}

export function voidFromData(data: EventOf<typeof sessionDeliveryVoidedV1>['data']): DeliveryVoid {
  return {
    sessionId: data.sessionId,
    startsAt: new Date(data.startsAt),
    reason: data.reason,
    voidedBy: data.voidedBy,
    voidedAt: new Date(data.voidedAt),
  };
}

export interface DeliveredTotals {
  sessions: number;
  workshopHours: number;
  participantHours: number;
  attendees: number;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function deliveredTotals(deliveries: Delivery[]): DeliveredTotals {
  const minutes = deliveries.reduce((a, d) => a + d.durationMinutes, 0);
  const participantMinutes = deliveries.reduce((a, d) => a + d.participantMinutes, 0);
  return {
    sessions: deliveries.length,
    workshopHours: hours(minutes),
    participantHours: hours(participantMinutes),
    attendees: deliveries.reduce((a, d) => a + d.attendees, 0),
  };
}

/** Totals per key (kind, commune of the venue…), sorted by key. */
export function deliveredBy(
  deliveries: Delivery[],
  keyOf: (d: Delivery) => string,
): (DeliveredTotals & { key: string })[] {
  const groups = new Map<string, Delivery[]>();
  for (const d of deliveries) groups.set(keyOf(d), [...(groups.get(keyOf(d)) ?? []), d]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, group]) => ({ key, ...deliveredTotals(group) }));
}

export function attendeesByResidence(deliveries: Delivery[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of deliveries)
    for (const row of d.byResidenceCommune)
      counts.set(row.commune, (counts.get(row.commune) ?? 0) + row.attendees);
  return counts;
}
