import { newId } from '@fabrique/contracts';
import {
  recordEvents,
  serveInProcess,
  type EventRecorder,
  type RunningServer,
} from '@fabrique/testkit';
import { startBookingsHarness, type BookingsHarness } from '../test-harness.js';

const CLIENTS = 500;
const SEATS = 20;

let h: BookingsHarness;
let server: RunningServer;
let bookingEvents: EventRecorder;
let availability: EventRecorder;

beforeAll(async () => {
  h = await startBookingsHarness();
  server = await serveInProcess(h.app);
  bookingEvents = await recordEvents(h.env.natsUrl, h.env.namespace, 'bookings.booking.>');
  availability = await recordEvents(
    h.env.natsUrl,
    h.env.namespace,
    'bookings.session.availability-changed.v1',
  );
});
afterAll(async () => {
  await bookingEvents.close();
  await availability.close();
  await server.close();
  await h.stop();
});

interface Answer {
  status: number;
  body: { id: string; status: string; position: number | null };
}

async function bookAt(sessionId: string, token: string): Promise<Answer> {
  const response = await fetch(`${server.url}/api/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ sessionId }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

interface Availability {
  data: { sessionId: string; seatsLeft: number; waitlisted: number; version: number };
}

function latestAvailability(sessionId: string): Availability['data'] | undefined {
  return (availability.events as Availability[])
    .map((e) => e.data)
    .filter((d) => d.sessionId === sessionId)
    .sort((a, b) => b.version - a.version)[0];
}

it(`${CLIENTS} people booking a ${SEATS}-seat session at once: exactly ${SEATS} seats, a fair line`, async () => {
  const session = await h.session({ capacity: SEATS });
  const tokens = await Promise.all(Array.from({ length: CLIENTS }, () => h.token(newId())));
  const answers = await Promise.all(tokens.map((t) => bookAt(session.sessionId, t)));

  expect(answers.filter((a) => a.status !== 201)).toEqual([]);
  const confirmed = answers.filter((a) => a.body.status === 'confirmed');
  const waitlisted = answers.filter((a) => a.body.status === 'waitlisted');
  expect(confirmed).toHaveLength(SEATS);
  expect(waitlisted).toHaveLength(CLIENTS - SEATS);
  const positions = waitlisted.map((a) => a.body.position as number).sort((a, b) => a - b);
  expect(positions).toEqual(Array.from({ length: CLIENTS - SEATS }, (_, i) => i + 1));

  const seatClaims = await h.deps.models.seats.countDocuments({});
  expect(seatClaims).toBe(SEATS);
  const events = (await bookingEvents.waitFor(CLIENTS, 30_000)) as {
    data: { bookingId: string };
  }[];
  await new Promise((r) => setTimeout(r, 300)); // any extra event would show up now
  expect(bookingEvents.events).toHaveLength(CLIENTS);
  expect(new Set(events.map((e) => e.data.bookingId))).toEqual(
    new Set(answers.map((a) => a.body.id)),
  );

  const deadline = Date.now() + 10_000;
  while (
    latestAvailability(session.sessionId)?.waitlisted !== CLIENTS - SEATS &&
    Date.now() < deadline
  )
    await new Promise((r) => setTimeout(r, 50));
  expect(latestAvailability(session.sessionId)).toMatchObject({
    seatsLeft: 0,
    waitlisted: CLIENTS - SEATS,
  });
}, 120_000);
