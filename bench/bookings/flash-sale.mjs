// Scenario (a), the flash sale: one small session, and every client books one seat at the
// same instant. Seats are claims with deterministic ids (DESIGN.md "Consistency rules" 1), so
// exactly `capacity` bookings must be confirmed and everybody else queued in a gapless line.
import { residents } from './auth.mjs';
import { bookingStatuses, check, latencyAndStatuses, mapLimit, round } from './http.mjs';
import { availability, scheduleSessions } from './sessions.mjs';

/** Runs the flash sale; returns the figures, the correctness checks and what they saw. */
export async function flashSale({ client, bus, jwks }, { capacity, clients, settleMs }) {
  const [session] = await scheduleSessions(bus, client, { count: 1, capacity });
  const people = await residents(jwks, 'flash', clients);
  const body = { sessionId: session.id, seats: 1 };

  // All requests are issued in one synchronous loop: none waits for another's answer.
  const started = performance.now();
  const results = await Promise.all(
    people.map(({ token }) => client.request('POST', '/api/bookings', { token, body })),
  );
  const wallS = (performance.now() - started) / 1000;

  // The index and availability follow the writes asynchronously: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const seats = await availability(client, session.id);
  const readBack = await readPositions(client, people, results);
  return {
    setup: { capacity, clients, settleMs },
    wallS: round(wallS),
    requestsPerSecond: round(clients / wallS),
    ...latencyAndStatuses(results),
    bookingStatus: bookingStatuses(results),
    availabilityAfter: seats,
    checks: flashChecks({ capacity, clients }, results, seats, readBack),
    samples: errorSamples(results),
  };
}

/**
 * A few bookings on a session of their own before the flash sale, not measured: the service
 * fetches the JWKS and its code gets compiled, as it would have been before a real sale.
 */
export async function warmUp({ client, bus, jwks }, count) {
  const [session] = await scheduleSessions(bus, client, { count: 1, capacity: 5 });
  const people = await residents(jwks, 'warm-up', count);
  const body = { sessionId: session.id, seats: 1 };
  const results = await mapLimit(people, 10, ({ token }) =>
    client.request('POST', '/api/bookings', { token, body }),
  );
  return latencyAndStatuses(results).httpStatus;
}

/** Each queued booking read back by its resident once things settled: its position now. */
function readPositions(client, people, results) {
  const queued = results
    .map((r, i) => ({ r, token: people[i].token }))
    .filter(({ r }) => r.status === 201 && r.body.status === 'waitlisted');
  return mapLimit(queued, 50, async ({ r, token }) => {
    const { status, body } = await client.request('GET', `/api/bookings/${r.body.id}`, { token });
    return status === 200 ? body.position : `HTTP ${status}`;
  });
}

/** Whether `positions` are exactly 1..n, once each; a short description otherwise. */
export function gapless(positions, n) {
  const numbers = positions.filter((p) => Number.isInteger(p));
  const distinct = new Set(numbers);
  const outside = numbers.filter((p) => p < 1 || p > n).length;
  const ok = positions.length === n && distinct.size === n && outside === 0;
  const detail =
    `${positions.length} positions, ${distinct.size} distinct, ${outside} outside 1..${n}, ` +
    `${positions.length - numbers.length} missing` +
    (numbers.length ? `, min ${Math.min(...numbers)}, max ${Math.max(...numbers)}` : '');
  return { ok, detail };
}

function flashChecks({ capacity, clients }, results, seats, readBack) {
  const ok201 = results.filter((r) => r.status === 201);
  const confirmed = ok201.filter((r) => r.body.status === 'confirmed').length;
  const queued = ok201.filter((r) => r.body.status === 'waitlisted');
  const lineLength = clients - capacity;
  const answered = gapless(
    queued.map((r) => r.body.position),
    lineLength,
  );
  const settled = gapless(readBack, lineLength);
  return [
    check('every request answered 201', ok201.length === clients, `${ok201.length}/${clients}`),
    check(
      'no 5xx or transport error',
      !results.some((r) => r.status === 'error' || r.status >= 500),
      JSON.stringify(latencyAndStatuses(results).httpStatus),
    ),
    check(`exactly ${capacity} confirmed`, confirmed === capacity, `${confirmed} confirmed`),
    check(
      `exactly ${lineLength} waitlisted`,
      queued.length === lineLength,
      `${queued.length} waitlisted`,
    ),
    check(`answered positions exactly 1..${lineLength}`, answered.ok, answered.detail),
    check(`positions read back exactly 1..${lineLength}`, settled.ok, settled.detail),
    check(
      'availability: seatsLeft 0, all seats confirmed, whole line waiting',
      seats.seatsLeft === 0 && seats.confirmed === capacity && seats.waitlisted === lineLength,
      JSON.stringify(seats),
    ),
  ];
}

/** A few non-201 answers verbatim, for the report. */
export function errorSamples(results, max = 5) {
  return results
    .filter((r) => r.status !== 201)
    .slice(0, max)
    .map((r) => ({ status: r.status, body: r.body, ms: round(r.ms) }));
}
