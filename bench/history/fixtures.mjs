// The data of the history benchmark, written straight into the services' stores (a fixture,
// not the API): the documents are shaped as the services write them. Two parts:
// - live: what any network has now (upcoming sessions with some bookings, this period's fund),
//   the same in both runs;
// - history: years of the past (sessions, bookings, ledger entries, deliveries), in one run only.
import { seedCatalogue } from '../catalogue/seed.mjs';
import { COMMUNES, createRandom } from '../catalogue/fixtures.mjs';
import { importFromWorkshops, importWorkshopsBuild } from '../catalogue/workspace.mjs';

const [{ connectMongo, syncAllIndexes: syncWorkshops }, { workshopsModels }] = await Promise.all([
  importFromWorkshops('@fabrique/service-kit'),
  importWorkshopsBuild('store/models.js'),
]);
const { newId } = await importFromWorkshops('@fabrique/contracts');

const BATCH = 1_000;
const DAY = 86_400_000;
const YEAR = 365 * DAY;

async function insertAll(collection, docs) {
  for (let i = 0; i < docs.length; i += BATCH) {
    await collection.insertMany(docs.slice(i, i + BATCH), { ordered: false });
  }
}

/** Bookings' projection of a session (services/bookings/src/domain/session.ts). */
function sessionRecord(s) {
  return {
    _id: s.id,
    workshopId: s.workshopId,
    kind: s.kind,
    title: s.title,
    commune: s.commune,
    venueId: s.venueId,
    hostIds: s.hostIds,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    durationMinutes: s.durationMinutes,
    capacity: s.capacity,
    bookingOpensAt: s.bookingOpensAt ?? new Date(s.startsAt.getTime() - 30 * DAY),
    bookingClosesAt: s.bookingClosesAt ?? new Date(s.startsAt.getTime() - 2 * 3_600_000),
    status: s.status,
    rescheduledAt: null,
    version: s.version,
  };
}

/** A booking as bookings stores it (services/bookings/src/domain/booking.ts). */
function booking(session, residentId, seatNo, past) {
  const at = new Date(session.startsAt.getTime() - 3 * DAY);
  return {
    _id: newId(),
    sessionId: session._id,
    workshopId: session.workshopId,
    residentId,
    bookedBy: residentId,
    seats: 1,
    status: 'confirmed',
    seatNos: [seatNo],
    ticket: null,
    offerExpiresAt: null,
    attendance: past ? 'attended' : null,
    attendedSeats: past ? 1 : null,
    cancellation: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
    // The session's times when booked, as bookings stores them (store/booking.store.ts).
    sessionStartsAt: session.startsAt,
    sessionEndsAt: session.endsAt,
    sessionMonth: session.startsAt.toISOString().slice(0, 7),
    outbox: [],
  };
}

/** Each person's months with bookings, as bookings keeps them (store/resident-month.store.ts). */
async function insertResidentMonths(db, bookings) {
  const ids = new Set(bookings.map((b) => `${b.residentId}:${b.sessionMonth}`));
  const docs = [...ids].map((id) => {
    const [residentId, month] = id.split(':');
    return { _id: id, residentId, month };
  });
  // Live and past bookings may share a month: an insert already there is skipped.
  await db
    .collection('resident_months')
    .insertMany(docs, { ordered: false })
    .catch((error) => {
      if (error.code !== 11000) throw error;
    });
}

const personOf = (id, i) => ({
  _id: id,
  displayName: `Habitant·e ${i}`,
  email: `${id}@example.org`,
  commune: COMMUNES[i % COMMUNES.length].id,
  deleted: false,
});

/** Sessions of the workshops store, as bookings projects them; `count` workshops-side first. */
async function seedSessions(workshopsDb, { count, now: at, seed }) {
  const now = new Date(at);
  const models = workshopsModels(workshopsDb);
  await syncWorkshops(models);
  const result = await seedCatalogue(models, {
    sessions: count,
    workshops: Math.min(200, Math.max(1, Math.floor(count / 50))),
    fullShare: 0,
    seed,
    now,
  });
  const sessions = await models.sessions
    .find({ startsAt: { $gte: now } }, { outbox: 0, tokens: 0 })
    .lean();
  return { result, sessions: sessions.map((s) => sessionRecord({ ...s, id: s._id })) };
}

/** Seats of `sessions` booked by `residents`, `perSession` each (seat numbers 1..). */
function bookingsOf(random, sessions, residents, perSession, past) {
  return sessions.flatMap((session) =>
    Array.from({ length: Math.min(perSession, session.capacity) }, (_, k) =>
      booking(session, random.pick(residents), k + 1, past),
    ),
  );
}

function fundOf(name, periodStart, periodEnd) {
  return {
    _id: newId(),
    name,
    periodStart,
    periodEnd,
    targetCents: 30_000_000,
    shares: { municipalities: 1, businesses: 1, residents: 1 },
    memberCommunes: COMMUNES.map((c) => c.id),
    lineItems: [{ id: 'animation', label: 'Animation', budgetCents: 10_000_000 }],
    behindMarginBps: 1_000,
    createdBy: 'bench',
    createdAt: periodStart,
    outbox: [],
  };
}

/** A contribution as funds stores it (services/funds/src/domain/entry.ts). */
function entryOf(random, fund, at, residents) {
  const resident = random.next() < 0.6;
  const id = `contribution-${newId()}`;
  return {
    _id: id,
    fundId: fund._id,
    kind: 'contribution',
    reversedKind: null,
    amountCents: random.int(500, 50_000),
    category: resident ? 'residents' : 'municipalities',
    contributor: resident
      ? { type: 'account', id: random.pick(residents) }
      : { type: 'organisation', id: `mairie-${random.int(1, 6)}` },
    commune: random.pick(COMMUNES).id,
    lineItemId: null,
    sessionId: null,
    workshopId: null,
    occurredAt: at,
    recordedAt: at,
    recordedBy: 'bench',
    source: { type: 'request', ref: id },
    groupId: id,
    reverses: null,
    note: null,
    outbox: [],
  };
}

function deliveryOf(session) {
  return {
    _id: session._id,
    sessionId: session._id,
    workshopId: session.workshopId,
    kind: session.kind,
    commune: session.commune,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    attendees: 8,
    participantMinutes: 8 * session.durationMinutes,
    byResidenceCommune: [{ commune: session.commune, attendees: 8 }],
    month: session.startsAt.toISOString().slice(0, 7),
    eventId: newId(),
    closedAt: session.endsAt,
    outbox: [],
  };
}

export const residentId = (i) => `resident-${i}`;

/** Upcoming sessions with some bookings, and the current period's fund with a few entries. */
export async function seedLive(urls, { upcoming, residents, now, seed }) {
  const random = createRandom(seed);
  const people = Array.from({ length: residents }, (_, i) => residentId(i));
  const connections = await connectAll(urls);
  try {
    const { sessions } = await seedSessions(connections.workshops, { count: upcoming, now, seed });
    const bookings = connections.bookings.db;
    await insertAll(bookings.collection('sessions'), sessions);
    await insertAll(bookings.collection('people'), people.map(personOf));
    const live = bookingsOf(random, sessions, people, 3, false);
    await insertAll(bookings.collection('bookings'), live);
    await insertResidentMonths(bookings, live);
    // Written as this version of bookings writes them: no data migration is due.
    await bookings.collection('migrations').insertMany([
      { _id: 'bookings-session-month-v1', at: new Date() },
      { _id: 'bookings-resident-months-v1', at: new Date() },
    ]);
    const funds = connections.funds.db;
    const current = fundOf(
      'Fonds de cette année',
      new Date(now - 100 * DAY),
      new Date(now + 265 * DAY),
    );
    await insertAll(funds.collection('funds'), [current]);
    const entries = Array.from({ length: 500 }, (_, i) =>
      entryOf(random, current, new Date(current.periodStart.getTime() + i * 4 * 3_600_000), people),
    );
    await insertAll(funds.collection('entries'), entries);
    return { sessions, fundId: current._id, people };
  } finally {
    await closeAll(connections);
  }
}

/**
 * Years of the past: `pastSessions` sessions (a year's worth per seeding), `pastBookings`
 * bookings on them (the first resident gets a share of their own: a long history to page),
 * `entries` ledger entries over as many past funds as there are years, one delivery per session.
 */
export async function seedHistory(
  urls,
  { pastSessions, pastBookings, entries, years, residents, now, seed },
) {
  const random = createRandom(seed + 1);
  const people = Array.from({ length: residents }, (_, i) => residentId(i));
  const connections = await connectAll(urls);
  try {
    const perYear = Math.ceil(pastSessions / years);
    const past = [];
    for (let y = years; y >= 1; y -= 1) {
      const from = new Date(now - y * YEAR);
      const { sessions } = await seedSessions(connections.workshops, {
        count: perYear,
        now: from,
        seed: seed + y,
      });
      past.push(
        ...sessions
          .filter((s) => s.endsAt < new Date(now))
          .map((s) => ({ ...s, status: 'completed' })),
      );
    }
    const bookings = connections.bookings.db;
    await insertAll(bookings.collection('sessions'), past);
    const perSession = Math.max(1, Math.round(pastBookings / past.length));
    const history = bookingsOf(random, past, people, perSession, true).slice(0, pastBookings);
    for (let i = 0; i < history.length; i += 20) history[i].residentId = people[0];
    await insertAll(bookings.collection('bookings'), history);
    await insertResidentMonths(bookings, history);
    const funds = connections.funds.db;
    const pastFunds = Array.from({ length: years }, (_, k) =>
      fundOf(
        `Fonds ${k + 1}`,
        new Date(now - (k + 1) * YEAR - 100 * DAY),
        new Date(now - k * YEAR - 100 * DAY),
      ),
    );
    await insertAll(funds.collection('funds'), pastFunds);
    const ledger = [];
    for (let i = 0; i < entries; i += 1) {
      const fund = pastFunds[i % years];
      const at = new Date(
        fund.periodStart.getTime() + random.next() * (fund.periodEnd - fund.periodStart),
      );
      ledger.push(entryOf(random, fund, at, people));
    }
    await insertAll(funds.collection('entries'), ledger);
    await insertAll(funds.collection('deliveries'), past.map(deliveryOf));
    // Written as this version of funds writes them: no data migration is due.
    await funds.collection('migrations').insertOne({ _id: 'deliveries-month-v1', at: new Date() });
    return { pastSessions: past.length, pastBookings: history.length, entries: ledger.length };
  } finally {
    await closeAll(connections);
  }
}

async function connectAll(urls) {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => [name, await connectMongo(url)]),
  );
  return Object.fromEntries(entries);
}

async function closeAll(connections) {
  await Promise.all(Object.values(connections).map((c) => c.close()));
}
