// What must hold after a fault, whatever it was: checked through the public API as the
// residents, the host and a coordinator see it.
import type { SmtpCatcher } from '@fabrique/testkit';
import type { Scene, Outcomes } from './burst.js';
import { msUntil } from './report.js';

/** The answers a fault may cause; anything else at 5xx (a 500) is a bug. */
const TEMPORARY = new Set([0, 502, 503, 504]);

export function expectNoServerError(outcomes: Outcomes): void {
  const answers = [...outcomes.values()].flat();
  const errors = answers.filter((a) => a.status >= 500 && !TEMPORARY.has(a.status));
  expect(errors).toEqual([]);
}

/** Every resident got through in the end, and holds exactly the booking they were answered. */
export async function expectEveryBookingKept(scene: Scene, sessionId: string, outcomes: Outcomes) {
  for (const who of scene.residents) {
    const final = outcomes.get(who.id)?.at(-1);
    expect({ resident: who.displayName, status: final?.status }).toEqual({
      resident: who.displayName,
      status: 201,
    });
    const mine = await scene.api.get<{
      items: { id: string; sessionId: string; status: string }[];
    }>('/api/bookings?limit=50', who.token);
    const here = mine.items.filter((b) => b.sessionId === sessionId);
    expect(here.map((b) => b.id)).toEqual([final?.id]);
  }
}

/**
 * No seat sold twice, none lost: the seats held (confirmed, or offered to the next in line
 * when a crashed attempt's seat came back) reach `capacity` and never exceed it. Returns the
 * ms until they did.
 */
export function untilSeatsHeld(scene: Scene, sessionId: string, capacity: number) {
  const seatsHeld = async () => {
    const roster = await scene.api.get<{ bookings: { status: string; seats: number }[] }>(
      `/api/rosters/${sessionId}`,
      scene.network.host.token,
    );
    const held = roster.bookings
      .filter((b) => b.status === 'confirmed' || b.status === 'offered')
      .reduce((sum, b) => sum + b.seats, 0);
    expect(held).toBeLessThanOrEqual(capacity);
    return held;
  };
  return msUntil(seatsHeld, (held) => held === capacity);
}

interface OpsStatus {
  services: Record<string, { outbox?: { events: number }; deadLetters?: number; error?: string }>;
}

/** Every outbox published and nothing dead-lettered, per `GET /api/ops`: ms until it was so. */
export function untilDrained(scene: Scene): Promise<number> {
  const status = () =>
    scene.api.get<OpsStatus>('/api/ops', scene.network.coordinator.token).catch(() => undefined);
  return msUntil(status, (last) => {
    const services = Object.values(last?.services ?? {});
    return (
      services.length === 5 && services.every((s) => s.outbox?.events === 0 && s.deadLetters === 0)
    );
  });
}

/** The seats left the catalogue shows agree with the bookings, eventually: ms until they did. */
export function untilSeatsAgree(scene: Scene, sessionId: string, seatsLeft: number) {
  const shown = async () =>
    (await scene.api.get<{ seatsLeft?: number }>(`/api/sessions/${sessionId}`)).seatsLeft;
  return msUntil(shown, (left) => left === seatsLeft);
}

/**
 * The distinct messages each resident has received so far, by account id: a message sent
 * again with the same Message-ID (the one documented case: the notifications process died
 * while SMTP was taking it) is one message to the person's mail client.
 */
export function mailCounts(smtp: SmtpCatcher, scene: Scene): Map<string, number> {
  return new Map(scene.residents.map((who) => [who.id, messagesTo(smtp, who.email)]));
}

const messagesTo = (smtp: SmtpCatcher, email: string) =>
  new Set(smtp.mailsTo(email).map((mail) => mail.messageId)).size;

/** Copies of a message handed over again (same Message-ID), for the fault report. */
export const resentCopies = (smtp: SmtpCatcher, scene: Scene) =>
  scene.residents.reduce(
    (sum, who) => sum + smtp.mailsTo(who.email).length - messagesTo(smtp, who.email),
    0,
  );

/**
 * Each resident got their booking's message (its confirmation or place in line; an offer may
 * follow when a crashed attempt's seat came back): none lost, and none made twice — two
 * messages with one subject would be one fact told twice. Returns the ms until all arrived.
 */
export async function untilOneEmailEach(
  smtp: SmtpCatcher,
  scene: Scene,
  before: Map<string, number>,
) {
  const missing = () =>
    Promise.resolve(
      scene.residents
        .filter((w) => messagesTo(smtp, w.email) <= (before.get(w.id) ?? 0))
        .map((w) => w.displayName),
    );
  // What a killed consumer held is redelivered after its ack wait (10 s).
  const arrivedMs = await msUntil(missing, (names) => names.length === 0, 30_000);
  // A duplicate would come from a redelivery: give it time to show.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  for (const who of scene.residents) {
    const messages = new Map(smtp.mailsTo(who.email).map((m) => [m.messageId, m.subject]));
    const subjects = [...messages.values()];
    expect({ who: who.displayName, subjects }).toEqual({
      who: who.displayName,
      subjects: [...new Set(subjects)],
    });
  }
  return arrivedMs;
}

interface BookingEvent {
  id: string;
  type: string;
  data: { bookingId?: string; version?: number };
}

/**
 * Each change of a booking was published once: one event id per booking version (a change
 * written twice, or republished under a new id, would show as two).
 */
export function expectOneEventPerBookingVersion(events: unknown[]): number {
  const ids = new Map<string, Set<string>>();
  for (const event of events as BookingEvent[]) {
    const { bookingId, version } = event.data;
    if (bookingId === undefined || version === undefined) continue;
    const key = `${event.type} ${bookingId} v${version}`;
    ids.set(key, (ids.get(key) ?? new Set()).add(event.id));
  }
  const doubled = [...ids].filter(([, seen]) => seen.size > 1).map(([key]) => key);
  expect(doubled).toEqual([]);
  return ids.size;
}
