// What the history benchmark times (probes: one request at a time, or the catalogue at 10
// connections) and the mixed load that runs between the two memory readings.
import { latencyAndStatuses } from '../bookings/http.mjs';
import { residentId } from './fixtures.mjs';

const DAY = 86_400_000;

/** The live session whose roster the probes and the load read (its host holds a token). */
export const rosterSession = (live) => live.sessions[Math.floor(live.sessions.length / 2)];

/** `n` sequential calls after `warmUp` unmeasured ones: latency figures and statuses. */
async function sequential(call, n, warmUp = 10) {
  for (let i = 0; i < warmUp; i += 1) await call(i);
  const results = [];
  for (let i = 0; i < n; i += 1) results.push(await call(i));
  return latencyAndStatuses(results);
}

/** `connections` loops of `call` for `seconds`. */
async function concurrent(call, connections, seconds) {
  const results = [];
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const { status, ms } = await call(n++);
      results.push({ status, ms });
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { ...latencyAndStatuses(results), requests: results.length };
}

function catalogueQuery(i, now) {
  const communes = ['vassieux-en-vercors', 'saint-martin-en-vercors', 'saint-jean-en-royans'];
  const kinds = ['repair', 'cooking', 'gardening'];
  const from = new Date(now).toISOString();
  const to = new Date(now + 30 * DAY).toISOString();
  const queries = [
    `/api/sessions?commune=${communes[i % 3]}&kind=${kinds[i % 3]}&from=${from}&to=${to}`,
    '/api/sessions?q=reparation%20velo',
    `/api/sessions?available=true&commune=${communes[i % 3]}`,
    '/api/sessions?limit=20',
  ];
  return queries[i % queries.length];
}

/** The reads the issue names, timed: my bookings, a roster, a ledger page, the catalogue. */
export async function probes({ clients, tokens, live, now, samples, catalogueSeconds }) {
  const { workshops, bookings, funds } = clients;
  const ok = (client, path, token) => () => client.request('GET', path, { token });
  const rosterOf = rosterSession(live);
  return {
    myBookingsPast: await sequential(
      ok(bookings, '/api/bookings?when=past&limit=20', tokens.longHistory),
      samples,
    ),
    myBookingsUpcoming: await sequential(
      ok(bookings, '/api/bookings?when=upcoming&limit=20', tokens.longHistory),
      samples,
    ),
    roster: await sequential(ok(bookings, `/api/rosters/${rosterOf._id}`, tokens.host), samples),
    ledgerPage: await sequential(
      ok(funds, `/api/funds/${live.fundId}/ledger?limit=50`, tokens.coordinator),
      samples,
    ),
    catalogue10Connections: await concurrent(
      (i) => workshops.request('GET', catalogueQuery(i, now)),
      10,
      catalogueSeconds,
    ),
  };
}

/**
 * A network at work for `seconds`: residents browse the catalogue, book, look at their
 * bookings and the seats left; hosts read rosters; treasurers read the ledger.
 */
export async function mixedLoad({ clients, tokens, live, now, seconds, connections }) {
  const { workshops, bookings, funds } = clients;
  const session = (i) => live.sessions[(i * 7919) % live.sessions.length];
  const actions = [
    (i) => workshops.request('GET', catalogueQuery(i, now)),
    (i) => workshops.request('GET', catalogueQuery(i + 1, now)),
    (i) => bookings.request('GET', '/api/bookings?limit=20', { token: tokens.resident(i) }),
    (i) =>
      bookings.request('POST', '/api/bookings', {
        token: tokens.resident(i),
        body: { sessionId: session(i)._id, seats: 1 },
      }),
    (i) => bookings.request('GET', `/api/bookings/sessions/${session(i)._id}/availability`),
    () =>
      bookings.request('GET', `/api/rosters/${rosterSession(live)._id}`, { token: tokens.host }),
    () =>
      funds.request('GET', `/api/funds/${live.fundId}/ledger?limit=50`, {
        token: tokens.coordinator,
      }),
    () => funds.request('GET', `/api/funds/${live.fundId}/summary`),
  ];
  return concurrent((i) => actions[i % actions.length](i), connections, seconds);
}

/** Tokens for the probes and the load, signed before anything is measured. */
export async function signTokens(jwks, live, residents) {
  const pool = await Promise.all(
    Array.from({ length: Math.min(residents, 2_000) }, (_, i) => jwks.sign(residentId(i))),
  );
  const rosterOf = rosterSession(live);
  return {
    longHistory: pool[0],
    resident: (i) => pool[i % pool.length],
    host: await jwks.sign(rosterOf.hostIds[0], ['host']),
    coordinator: await jwks.sign('bench-coordinator', ['coordinator']),
  };
}
