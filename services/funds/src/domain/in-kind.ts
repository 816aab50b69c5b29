import type { Delivery } from './delivery.js';

/** From `from` on, an hour given by a volunteer is valued at `hourlyCents`. */
export interface VolunteerRate {
  from: Date;
  hourlyCents: number;
}

/**
 * The gross hourly minimum wage (SMIC brut, 11,88 € since 1 November 2024): what French
 * associations value volunteers' hours at by default. A coordinator sets the fund's own rates.
 */
export const DEFAULT_HOURLY_CENTS = 11_88;

/** Rates as an event carries them (ISO dates). */
export function ratesFromData(rates: { from: string; hourlyCents: number }[]): VolunteerRate[] {
  return rates.map((r) => ({ from: new Date(r.from), hourlyCents: r.hourlyCents }));
}

/** The rate in force at a moment: the latest one that started by then (the first one before). */
export function rateAt(rates: VolunteerRate[], at: Date): number {
  const sorted = [...rates].sort((a, b) => a.from.getTime() - b.from.getTime());
  const inForce = sorted.filter((r) => r.from <= at).at(-1) ?? sorted[0];
  return inForce?.hourlyCents ?? DEFAULT_HOURLY_CENTS;
}

/** One session's volunteer hours valued at the rate of its day, to the cent (rounded). */
export function valuedCents(delivery: Delivery, rates: VolunteerRate[]): number {
  const minutes = volunteerMinutes(delivery);
  return Math.round((minutes * rateAt(rates, delivery.startsAt)) / 60);
}

export const volunteerMinutes = (d: Delivery): number =>
  (d.volunteers ?? []).reduce((a, v) => a + v.minutes, 0);

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Contributions in kind: volunteers' hours and their value, shown beside the money and never
 * in the balance (the associations' chart keeps them in accounts 86/87).
 */
export function inKindTotals(deliveries: Delivery[], rates: VolunteerRate[]) {
  const minutes = deliveries.reduce((a, d) => a + volunteerMinutes(d), 0);
  return {
    volunteerHours: hours(minutes),
    volunteers: new Set(deliveries.flatMap((d) => (d.volunteers ?? []).map((v) => v.accountId)))
      .size,
    valuedCents: deliveries.reduce((a, d) => a + valuedCents(d, rates), 0),
    rates: rates.map((r) => ({ from: r.from.toISOString(), hourlyCents: r.hourlyCents })),
  };
}

/**
 * One volunteer's time in some sessions, session by session, each valued at the rate of its
 * day: the in-kind side of their statement and certificate.
 */
export function givenBy(accountId: string, deliveries: Delivery[], rates: VolunteerRate[]) {
  const sessions = deliveries
    .map((d) => ({ d, minutes: d.volunteers?.find((v) => v.accountId === accountId)?.minutes }))
    .filter((x): x is { d: Delivery; minutes: number } => (x.minutes ?? 0) > 0)
    .sort((a, b) => a.d.startsAt.getTime() - b.d.startsAt.getTime())
    .map(({ d, minutes }) => ({
      sessionId: d.sessionId,
      startsAt: d.startsAt.toISOString(),
      kind: d.kind,
      minutes,
      valuedCents: Math.round((minutes * rateAt(rates, d.startsAt)) / 60),
    }));
  const minutes = sessions.reduce((a, s) => a + s.minutes, 0);
  return {
    volunteerHours: hours(minutes),
    valuedCents: sessions.reduce((a, s) => a + s.valuedCents, 0),
    sessions,
  };
}
