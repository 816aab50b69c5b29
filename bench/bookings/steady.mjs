// Scenario (b), steady load: many sessions, a fixed number of clients each booking one seat
// for a fresh resident in a random session, back to back, for a fixed time. Sessions fill up
// during the run, so the mix moves from confirmations to waiting-list joins.
import { residents } from './auth.mjs';
import { bookingStatuses, check, latencyAndStatuses, mapLimit, round } from './http.mjs';
import { errorSamples } from './flash-sale.mjs';
import { availability, scheduleSessions } from './sessions.mjs';

/** Runs the steady load; returns the figures and the per-session correctness checks. */
export async function steadyLoad({ client, bus, jwks }, config) {
  const { sessions: count, capacity, connections, durationS, residents: pool, settleMs } = config;
  const sessions = await scheduleSessions(bus, client, { count, capacity });
  const people = await residents(jwks, 'steady', pool);

  const results = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + durationS * 1000;
  const worker = async () => {
    while (performance.now() < deadline && next < people.length) {
      const { token } = people[next++];
      const sessionId = sessions[Math.floor(Math.random() * sessions.length)].id;
      const body = { sessionId, seats: 1 };
      const r = await client.request('POST', '/api/bookings', { token, body });
      results.push({ ...r, sessionId });
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  // Up to the last answer: requests in flight at the deadline are counted and waited for.
  const elapsedS = (performance.now() - started) / 1000;

  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const seats = await mapLimit(sessions, 20, (s) => availability(client, s.id));
  return {
    setup: { sessions: count, capacity, connections, durationS, residentsSigned: pool, settleMs },
    residentsExhausted: next >= people.length,
    elapsedS: round(elapsedS),
    requests: results.length,
    requestsPerSecond: round(results.length / elapsedS),
    ...latencyAndStatuses(results),
    bookingStatus: bookingStatuses(results),
    sessionsFull: seats.filter((s) => s.seatsLeft === 0).length,
    checks: steadyChecks(sessions, results, seats),
    samples: errorSamples(results),
  };
}

function steadyChecks(sessions, results, seats) {
  const answered = new Map(sessions.map((s) => [s.id, { booked: 0, confirmed: 0 }]));
  for (const r of results) {
    if (r.status !== 201) continue;
    const tally = answered.get(r.sessionId);
    tally.booked += 1;
    if (r.body.status === 'confirmed') tally.confirmed += 1;
  }
  const over = seats.filter((s) => s.confirmed > s.capacity);
  const overAnswered = sessions.filter((s) => answered.get(s.id).confirmed > s.capacity);
  const miscounted = seats.filter(
    (s) => s.confirmed + s.waitlisted !== answered.get(s.sessionId).booked,
  );
  const failures = results.filter((r) => r.status === 'error' || r.status >= 500);
  const listed = (list) => list.slice(0, 3).map((s) => JSON.stringify(s));
  return [
    check('no 5xx or transport error', failures.length === 0, `${failures.length} failures`),
    check(
      'availability: confirmed ≤ capacity in every session',
      over.length === 0,
      `${over.length}/${seats.length} sessions over capacity ${listed(over)}`,
    ),
    check(
      'answers: confirmed ≤ capacity in every session',
      overAnswered.length === 0,
      `${overAnswered.length}/${sessions.length} sessions over capacity`,
    ),
    check(
      'availability: confirmed + waitlisted = bookings answered 201, per session',
      miscounted.length === 0,
      `${miscounted.length}/${seats.length} sessions differ ${listed(miscounted)}`,
    ),
  ];
}
