import type { VolunteerRate } from '../domain/in-kind.js';
import type {
  EventOf,
  fundCreatedV1,
  sessionAttendanceClosedV1,
  sessionDeliveryVoidedV1,
} from '@fabrique/contracts';
import type { Delivery, DeliveryVoid } from '../domain/delivery.js';
import type { Fund } from '../domain/fund.js';

export const SOURCE = 'fabrique/funds';

export function fundData(fund: Fund): EventOf<typeof fundCreatedV1>['data'] {
  return {
    fundId: fund.id,
    name: fund.name,
    periodStart: fund.periodStart.toISOString(),
    periodEnd: fund.periodEnd.toISOString(),
    targetCents: fund.targetCents,
    shares: fund.shares,
    memberCommunes: fund.memberCommunes,
    lineItems: fund.lineItems,
    behindMarginBps: fund.behindMarginBps,
    createdBy: fund.createdBy,
    createdAt: fund.createdAt.toISOString(),
  };
}

export function fundFromData(data: EventOf<typeof fundCreatedV1>['data']): Fund {
  return {
    id: data.fundId,
    name: data.name,
    periodStart: new Date(data.periodStart),
    periodEnd: new Date(data.periodEnd),
    targetCents: data.targetCents,
    shares: {
      municipalities: data.shares.municipalities ?? 0,
      businesses: data.shares.businesses ?? 0,
      residents: data.shares.residents ?? 0,
    },
    memberCommunes: data.memberCommunes,
    lineItems: data.lineItems,
    behindMarginBps: data.behindMarginBps,
    createdBy: data.createdBy,
    createdAt: new Date(data.createdAt),
  };
}

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

export function ratesFromData(rates: { from: string; hourlyCents: number }[]): VolunteerRate[] {
  return rates.map((r) => ({ from: new Date(r.from), hourlyCents: r.hourlyCents }));
}
