// Seeds the catalogue through the workshops store and domain code (services/workshops/dist),
// not through the HTTP API: the documents are those the service writes (draftWorkshop,
// changeStatus, scheduleSession, toDocument), inserted in batches. Overlaps are still refused,
// in memory, with the service's own slot-claim ids (claimsFor); the claim documents themselves
// are not written, and the outboxes are left empty (the events count as already relayed, so the
// service's relay has nothing to publish while it is measured).
import {
  COMMUNES,
  HOST_NAMES,
  HOST_SURNAMES,
  KINDS,
  VENUE_TEMPLATES,
  WORKSHOP_TEMPLATES,
  createRandom,
} from './fixtures.mjs';
import { importFromWorkshops, importWorkshopsBuild } from './workspace.mjs';

const BATCH = 1_000;
const PARIS = 'Europe/Paris';
const [
  { DateTime },
  { newId },
  workshopDomain,
  sessionDomain,
  write,
  sessionUseCases,
  sessionStore,
] = await Promise.all([
  importFromWorkshops('luxon'),
  importFromWorkshops('@fabrique/contracts'),
  importWorkshopsBuild('domain/workshop.js'),
  importWorkshopsBuild('domain/session.js'),
  importWorkshopsBuild('store/versioned-write.js'),
  importWorkshopsBuild('use-cases/sessions.js'),
  importWorkshopsBuild('store/session.store.js'),
]);

async function insertAll(model, docs) {
  for (let i = 0; i < docs.length; i += BATCH) await model.insertMany(docs.slice(i, i + BATCH));
}

function makeVenues(now) {
  return COMMUNES.flatMap((commune) =>
    VENUE_TEMPLATES.map((t) => ({
      id: newId(),
      name: `${t.name} de ${commune.name}`,
      address: `${t.street}, ${commune.postcode} ${commune.name}`,
      commune: commune.id,
      maxCapacity: t.maxCapacity,
      accessibility: 'Accès de plain-pied',
      equipment: [],
      status: 'active',
      proposedBy: null,
      createdAt: now,
      version: 1,
    })),
  );
}

function makeHosts(random, count) {
  return Array.from({ length: count }, () => ({
    _id: newId(),
    displayName: `${random.pick(HOST_NAMES)} ${random.pick(HOST_SURNAMES)}`,
    roles: ['host'],
    deleted: false,
    version: 1,
  }));
}

/** Workshop i is in commune i mod 6 and of kind ⌊i/6⌋ mod 5: every pair has workshops. */
function makeWorkshops(random, count, venues, hosts, now) {
  return Array.from({ length: count }, (_, i) => {
    const commune = COMMUNES[i % COMMUNES.length].id;
    const kind = KINDS[Math.floor(i / COMMUNES.length) % KINDS.length];
    const [title, description, duration] = random.pick(WORKSHOP_TEMPLATES[kind]);
    const venue = random.pick(venues.filter((v) => v.commune === commune));
    const hostIds = [random.pick(hosts)._id];
    if (random.next() < 0.3) hostIds.push(random.pick(hosts)._id);
    const draft = workshopDomain.draftWorkshop(
      {
        title,
        kind,
        description,
        hostIds: [...new Set(hostIds)],
        defaultVenueId: venue.id,
        commune,
        defaultCapacity: random.int(6, 20),
        defaultDurationMinutes: duration,
        audience: { languages: ['fr'] },
        pricePolicy:
          random.next() < 0.5 ? { type: 'free' } : { type: 'suggested', suggestedCents: 500 },
      },
      newId(),
      now,
    );
    return workshopDomain.changeStatus(draft, 'published', now).workshop;
  });
}

const DAY_SHIFTS = [0, 1, -1, 2, -2];
const TIME_SHIFTS = [0, 60, -60, 120, -120, 180, -180, 240, -240];

/** The first free venue and time near the wished one (venue and hosts), or undefined. */
function place(taken, workshop, venues, wish, now) {
  const sameCommune = venues.filter((v) => v.commune === workshop.commune);
  const ordered = [
    ...sameCommune.filter((v) => v.id === workshop.defaultVenueId),
    ...sameCommune.filter((v) => v.id !== workshop.defaultVenueId),
  ];
  const duration = workshop.defaultDurationMinutes;
  for (const days of DAY_SHIFTS)
    for (const minutes of TIME_SHIFTS) {
      const start = wish.plus({ days, minutes });
      const lastStart = Math.min(20 * 60, 22 * 60 + 30 - duration);
      if (start.hour * 60 + start.minute < 9 * 60 || start.hour * 60 + start.minute > lastStart)
        continue;
      const startsAt = start.toJSDate();
      if (startsAt <= now) continue;
      const endsAt = new Date(startsAt.getTime() + duration * 60_000);
      for (const venue of ordered) {
        const claims = sessionUseCases.claimsFor({
          venueId: venue.id,
          hostIds: workshop.hostIds,
          startsAt,
          endsAt,
        });
        if (claims.some((c) => taken.has(c))) continue;
        for (const c of claims) taken.add(c);
        return { venue, startsAt, endsAt };
      }
    }
  return undefined;
}

/** A weekly series per workshop at its own weekday and Paris time, over the next year. */
function makeSessions(random, workshops, venues, perWorkshop, now) {
  const today = DateTime.fromJSDate(now, { zone: PARIS }).startOf('day');
  const taken = new Set();
  const sessions = [];
  for (const workshop of workshops) {
    const first = today.plus({ days: random.int(1, 14) });
    const hour = random.int(9, 19);
    const minute = random.pick([0, 0, 0, 0, 30, 30, 15, 45, 5, 10, 20, 50]);
    const step = Math.max(1, Math.floor(350 / perWorkshop));
    const seriesId = newId();
    for (let k = 0; k < perWorkshop; k += 1) {
      const wish = first.plus({ days: k * step }).set({ hour, minute });
      const spot = place(taken, workshop, venues, wish, now);
      if (!spot) throw new Error(`no free slot for ${workshop.title} near ${wish.toISO()}`);
      const capacity =
        random.next() < 0.2 ? random.int(6, 20) : Math.min(workshop.defaultCapacity, 20);
      const { session } = sessionDomain.scheduleSession(
        workshop,
        spot.venue,
        {
          id: newId(),
          seriesId,
          startsAt: spot.startsAt,
          endsAt: spot.endsAt,
          capacity,
          bookingOpensAt: now,
          bookingClosesHoursBefore: 2,
        },
        now,
      );
      sessions.push(session);
    }
  }
  return sessions;
}

/**
 * Seats per session as bookings' availability events leave them: `fullShare` of the sessions
 * full, about as many again partly booked, the rest not reported yet (all seats free).
 */
function makeAvailability(random, sessions, fullShare) {
  const order = sessions.map((s, i) => ({ s, key: random.next(), i }));
  order.sort((a, b) => a.key - b.key);
  const fullCount = Math.round(sessions.length * fullShare);
  return order.slice(0, fullCount * 4).map(({ s }, rank) => {
    const confirmed = rank < fullCount ? s.capacity : random.int(0, s.capacity - 1);
    return {
      _id: s.id,
      capacity: s.capacity,
      confirmed,
      seatsLeft: s.capacity - confirmed,
      sequence: confirmed,
      endMonth: sessionStore.monthOf(s.endsAt),
    };
  });
}

/** Writes venues, hosts, workshops, sessions and availability; returns counts and timings. */
export async function seedCatalogue(models, options) {
  const { sessions: sessionCount, workshops: workshopCount, fullShare, seed, now } = options;
  const random = createRandom(seed);
  const started = performance.now();
  const venues = makeVenues(now);
  const hosts = makeHosts(random, 60);
  const workshops = makeWorkshops(random, workshopCount, venues, hosts, now);
  const sessions = makeSessions(
    random,
    workshops,
    venues,
    Math.ceil(sessionCount / workshopCount),
    now,
  ).slice(0, sessionCount);
  const availability = makeAvailability(random, sessions, fullShare);
  const built = performance.now();
  await insertAll(
    models.venues,
    venues.map((v) => write.toDocument(v, [])),
  );
  await insertAll(models.people, hosts);
  await insertAll(
    models.workshops,
    workshops.map((w) => write.toDocument(w, [])),
  );
  await insertAll(
    models.sessions,
    sessions.map((s) => sessionStore.sessionDocument(s, [])),
  );
  // Written as this version of the service writes them: no data migration is due.
  await models.migrations.create({ _id: 'sessions-end-month-v1', at: now }).catch((error) => {
    if (error.code !== 11000) throw error;
  });
  await insertAll(models.availability, availability);
  const written = performance.now();
  return {
    counts: {
      communes: COMMUNES.length,
      venues: venues.length,
      hosts: hosts.length,
      workshops: workshops.length,
      sessions: sessions.length,
      availabilityDocuments: availability.length,
      fullSessions: availability.filter((a) => a.seatsLeft === 0).length,
      firstSessionAt: sessions.reduce(
        (m, s) => (s.startsAt < m ? s.startsAt : m),
        sessions[0].startsAt,
      ),
      lastSessionAt: sessions.reduce(
        (m, s) => (s.startsAt > m ? s.startsAt : m),
        sessions[0].startsAt,
      ),
    },
    timingsMs: { build: round(built - started), write: round(written - built) },
    /** Evenly spread over the insertion order (the order FerretDB scans rows in). */
    sampleSessionIds: Array.from(
      { length: 20 },
      (_, i) => sessions[Math.floor(((i + 0.5) * sessions.length) / 20)].id,
    ),
  };
}

const round = (value) => Math.round(value);
