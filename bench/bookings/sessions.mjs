// Sessions reach bookings the way workshops announces them: session.scheduled.v1 envelopes
// on NATS, which the service projects. The bench then waits for the projection over HTTP.
import { importPackage } from './workspace.mjs';

const { connectBus, ensureStreams, publishEvent } = await importPackage('bus');
const { newId, sessionScheduledV1 } = await importPackage('contracts');

const HOUR = 3_600_000;
const ORIGIN = { source: 'fabrique/bench', subject: 'bench' };
const PROJECTION_TIMEOUT_MS = 60_000;

/** A bus connection with the streams the service reads (created here if the bench is first). */
export async function openBus(natsUrl) {
  const bus = await connectBus({ servers: natsUrl, name: 'bench-bookings' });
  await ensureStreams(bus, ['accounts', 'workshops', 'bookings']);
  return bus;
}

/** Session data as workshops would publish it: open for booking, a week ahead. */
function sessionData(capacity, index) {
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR + index * HOUR);
  return {
    sessionId: newId(),
    workshopId: newId(),
    kind: 'repair',
    title: `Repair café n°${index + 1}`,
    commune: 'vassieux-en-vercors',
    venueId: newId(),
    hostIds: [newId()],
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    durationMinutes: 120,
    capacity,
    bookingOpensAt: new Date(Date.now() - HOUR).toISOString(),
    bookingClosesAt: new Date(startsAt.getTime() - 2 * HOUR).toISOString(),
    status: 'scheduled',
    version: 1,
  };
}

/** Publishes `count` sessions of `capacity` seats and waits until the service knows all. */
export async function scheduleSessions(bus, client, { count, capacity }) {
  const sessions = Array.from({ length: count }, (_, i) => sessionData(capacity, i));
  for (const data of sessions) await publishEvent(bus, sessionScheduledV1.create(ORIGIN, data));
  await Promise.all(sessions.map((s) => waitProjected(client, s.sessionId)));
  return sessions.map((s) => ({ id: s.sessionId, capacity: s.capacity }));
}

async function waitProjected(client, sessionId) {
  const deadline = Date.now() + PROJECTION_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { status } = await client.request('GET', availabilityPath(sessionId));
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`session ${sessionId} not projected after ${PROJECTION_TIMEOUT_MS} ms`);
}

export const availabilityPath = (sessionId) => `/api/bookings/sessions/${sessionId}/availability`;

/** The availability the catalogue would show for one session. */
export async function availability(client, sessionId) {
  const { status, body } = await client.request('GET', availabilityPath(sessionId));
  if (status !== 200)
    throw new Error(`availability of ${sessionId}: ${status} ${JSON.stringify(body)}`);
  return body;
}
