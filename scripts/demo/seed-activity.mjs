// What already happened and what is booked: past sessions with their attendance closed (the
// fund counts them as delivered hours), bookings for the coming ones, and one full session
// with people waiting in line. The coordinator records all of it, as hosts would at the door.
import { createHash } from 'node:crypto';
import { FULL_SESSION_WORKSHOP } from './catalogue.mjs';
import { COMMUNES, WALK_IN_NAMES } from './people.mjs';

/** A number from a text, so that a resumed seed makes the same choices. */
const pick = (text, n) => createHash('sha256').update(text).digest().readUInt32BE(0) % n;

/** A UUID derived from a text: walk-ins and repairs sent again are recorded once. */
function stableUuid(text) {
  const hex = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const REPAIRS = [
  ['Small kitchen item', 'fixed'],
  ['Lamp', 'fixed'],
  ['Portable radio', 'repairable'],
  ['Toaster', 'end-of-life'],
  ['Vacuum', 'fixed'],
  ['Clothing/textile', 'fixed'],
  ['Bicycle', 'fixed'],
  ['Kettle', 'end-of-life'],
];

function attendanceOf(workshop, session) {
  const communes = Object.values(COMMUNES);
  const size = 3 + pick(session.id, Math.max(1, Math.min(session.capacity, 12) - 2));
  const walkIns = Array.from({ length: size }, (_, i) => ({
    id: stableUuid(`${session.id}:walk-in:${i}`),
    name: WALK_IN_NAMES[pick(`${session.id}:name:${i}`, WALK_IN_NAMES.length)],
    // Most come from the commune of the venue, some from the neighbouring ones.
    commune: i % 3 === 2 ? communes[pick(`${session.id}:commune:${i}`, 6)] : session.commune,
  }));
  const repairs =
    workshop.kind !== 'repair'
      ? []
      : Array.from({ length: 2 + pick(`${session.id}:repairs`, 4) }, (_, i) => {
          const [category, outcome] = REPAIRS[pick(`${session.id}:repair:${i}`, REPAIRS.length)];
          return { id: stableUuid(`${session.id}:repair:${i}`), category, outcome };
        });
  return { walkIns, repairs };
}

async function closePastSession(ctx, token, workshop, session) {
  const roster = await ctx.api.get(`/api/rosters/${session.id}`, { token });
  if (!roster.closed) {
    if (roster.walkIns.length === 0)
      await ctx.api.post(`/api/rosters/${session.id}/attendance`, attendanceOf(workshop, session), {
        token,
      });
    // The hosts gave the session's time and half an hour to set up and tidy (in kind).
    const volunteers = (session.hostIds ?? []).map((accountId) => ({
      accountId,
      minutes: Math.min(720, session.durationMinutes + 30),
    }));
    await ctx.api.post(
      `/api/rosters/${session.id}/close`,
      { volunteers },
      { token, accept: ['ROSTER_CLOSED'] },
    );
  }
  if (session.status === 'scheduled')
    await ctx.api.post(`/api/sessions/${session.id}/complete`, undefined, {
      token,
      accept: ['SESSION_NOT_SCHEDULED'],
    });
}

/** Every session that ended: attendance recorded, closed, and the session completed. */
async function closePastSessions(ctx, token, workshops, now) {
  let closed = 0;
  for (const workshop of workshops)
    for (const session of workshop.sessions) {
      if (new Date(session.endsAt) > now || session.status === 'cancelled') continue;
      await closePastSession(ctx, token, workshop, session);
      closed += 1;
    }
  return closed;
}

async function book(ctx, token, people, session, [person, seats]) {
  return ctx.api.post(
    '/api/bookings',
    { sessionId: session.id, seats, residentId: people.get(person) },
    { token, key: `demo-booking-${session.id}-${person}`, accept: ['ALREADY_BOOKED'] },
  );
}

/** Eight seats taken, then three parties in line (the demo resident first). */
const FULL_SESSION_PARTIES = [
  ['emma', 2],
  ['chloe', 1],
  ['louis', 2],
  ['gabriel', 1],
  ['hugo', 2],
  ['resident', 1],
  ['manon', 1],
  ['arthur', 2],
];
const REGULARS = ['resident', 'emma', 'lucas', 'chloe', 'manon', 'louis', 'jeanne', 'alice'];
const REGULARS_MORE = ['rose', 'yves', 'gabriel', 'arthur', 'hugo'];

/** The next bookable session of each workshop gets two to four bookings. */
async function bookUpcoming(ctx, token, people, workshops, now) {
  const soon = new Date(now.getTime() + 3 * 3_600_000);
  let count = 0;
  for (const [index, workshop] of workshops.entries()) {
    const upcoming = workshop.sessions.find((s) => new Date(s.startsAt) > soon);
    if (!upcoming) continue;
    const parties =
      workshop.key === FULL_SESSION_WORKSHOP
        ? FULL_SESSION_PARTIES
        : [REGULARS[index % REGULARS.length], REGULARS_MORE[index % REGULARS_MORE.length]]
            .concat(index % 2 === 0 ? [REGULARS[(index + 3) % REGULARS.length]] : [])
            .map((person, i) => [person, 1 + ((index + i) % 2)]);
    for (const party of parties) await book(ctx, token, people, upcoming, party);
    count += parties.length;
  }
  return count;
}

export async function seedActivity(ctx, { token, people }, workshops, now) {
  const closed = await closePastSessions(ctx, token, workshops, now);
  ctx.log(`${closed} past sessions with attendance recorded and closed`);
  const booked = await bookUpcoming(ctx, token, people, workshops, now);
  ctx.log(`${booked} bookings, one session full with three parties waiting`);
}
