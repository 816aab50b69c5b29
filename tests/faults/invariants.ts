// What must hold after a fault, whatever it was: checked through the public API as the
// residents, the host and a coordinator see it.
import type { Scene, Outcomes } from './burst.js';

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
    expect(here.map((b) => b.id)).toEqual([final?.bookingId]);
  }
}

/** No seat sold twice, none lost: exactly `capacity` confirmed (more people booked). */
export async function expectSeatsRight(scene: Scene, sessionId: string, capacity: number) {
  const roster = await scene.api.get<{ bookings: { status: string; seats: number }[] }>(
    `/api/rosters/${sessionId}`,
    scene.network.host.token,
  );
  const confirmed = roster.bookings
    .filter((b) => b.status === 'confirmed')
    .reduce((sum, b) => sum + b.seats, 0);
  expect(confirmed).toBe(capacity);
  return confirmed;
}

interface OpsStatus {
  services: Record<string, { outbox?: { events: number }; deadLetters?: number; error?: string }>;
}

/** Every outbox published and nothing dead-lettered, per `GET /api/ops`: ms until it was so. */
export async function untilDrained(scene: Scene, limitMs = 30_000): Promise<number> {
  const started = Date.now();
  let last: OpsStatus | undefined;
  while (Date.now() - started < limitMs) {
    last = await scene.api
      .get<OpsStatus>('/api/ops', scene.network.coordinator.token)
      .catch(() => undefined);
    const services = Object.values(last?.services ?? {});
    if (
      services.length === 5 &&
      services.every((s) => s.outbox?.events === 0 && s.deadLetters === 0)
    )
      return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not drained within ${limitMs} ms: ${JSON.stringify(last)}`);
}

/** The seats left the catalogue shows agree with the bookings, eventually: ms until they did. */
export async function untilSeatsAgree(scene: Scene, sessionId: string, seatsLeft: number) {
  const started = Date.now();
  let shown: number | undefined;
  while (Date.now() - started < 30_000) {
    shown = (await scene.api.get<{ seatsLeft?: number }>(`/api/sessions/${sessionId}`)).seatsLeft;
    if (shown === seatsLeft) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the catalogue shows ${shown} seats left, the bookings ${seatsLeft}`);
}
