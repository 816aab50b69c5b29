// Kinds, venues, workshops and their season of sessions, by the demo coordinator (who may
// create workshops for their hosts and schedule their sessions).
import { allPages } from './api.mjs';
import { WORKSHOPS } from './catalogue.mjs';
import { addDays, nthWeekdayOfMonth, onOrAfter, parisInstant } from './time.mjs';
import { EXTRA_KINDS, VENUES } from './venues.mjs';

async function venues(ctx, token) {
  const known = new Map(
    (await ctx.api.get('/api/venues?limit=500')).items.map((v) => [v.name, v.id]),
  );
  const ids = new Map();
  for (const { key, ...venue } of VENUES) {
    const id =
      known.get(venue.name) ??
      (await ctx.api.post('/api/venues', venue, { token, key: `demo-venue-${key}` })).id;
    ids.set(key, id);
  }
  return ids;
}

function workshopBody(workshop, people, venueIds) {
  return {
    title: workshop.title,
    kind: workshop.kind,
    description: workshop.description,
    hostIds: workshop.hosts.map((key) => people.get(key)),
    defaultVenueId: venueIds.get(workshop.venue),
    defaultCapacity: workshop.capacity,
    defaultDurationMinutes: workshop.slot.minutes,
    audience: { languages: ['fr'], ...(workshop.ages && { ages: workshop.ages }) },
    // Cooking pays for its ingredients: a suggested price; everything else is free.
    pricePolicy:
      workshop.kind === 'cooking' ? { type: 'suggested', suggestedCents: 400 } : { type: 'free' },
  };
}

/** Creates (or finds) and publishes each workshop; answers them with their ids. */
async function workshops(ctx, token, people, venueIds) {
  const known = new Map(
    (await allPages(ctx.api, '/api/workshops', { token })).map((w) => [w.title, w]),
  );
  const result = [];
  for (const spec of WORKSHOPS) {
    const workshop =
      known.get(spec.title) ??
      (await ctx.api.post('/api/workshops', workshopBody(spec, people, venueIds), {
        token,
        key: `demo-workshop-${spec.key}`,
      }));
    if (workshop.status === 'draft')
      await ctx.api.post(
        `/api/workshops/${workshop.id}/status`,
        { status: 'published' },
        { token },
      );
    result.push({ ...spec, id: workshop.id });
  }
  return result;
}

/** The requests that schedule a workshop's season: one per series, or one per single date. */
export function scheduleRequests(workshop, today) {
  const { weekday, time } = workshop.slot;
  const { weekly, monthly, once } = workshop.plan;
  if (weekly) {
    const first = onOrAfter(addDays(today, -7 * weekly.pastWeeks), weekday);
    const recurrence = { frequency: 'weekly', interval: weekly.interval, count: weekly.count };
    return [{ startsAt: parisInstant(first, time), recurrence }];
  }
  if (monthly) {
    const { ordinal, pastMonths, count } = monthly;
    const first = nthWeekdayOfMonth(today, -pastMonths, weekday, ordinal);
    const recurrence = { frequency: 'monthly', weekday, ordinal, count };
    return [{ startsAt: parisInstant(first, time), recurrence }];
  }
  return once.map((weeks) => ({
    startsAt: parisInstant(onOrAfter(addDays(today, 7 * weeks), weekday), time),
  }));
}

/** Schedules what is not there yet (a series is written all at once or not at all). */
async function sessionsOf(ctx, token, workshop, today) {
  const path = `/api/workshops/${workshop.id}/sessions`;
  const existing = (await ctx.api.get(`${path}?limit=500`, { token })).items;
  const starts = new Set(existing.map((s) => new Date(s.startsAt).getTime()));
  const requests = scheduleRequests(workshop, today);
  for (const [index, request] of requests.entries()) {
    // A series is written whole or not at all: any session means it is there.
    if (starts.has(request.startsAt.getTime()) || (request.recurrence && existing.length > 0))
      continue;
    const body = { ...request, startsAt: request.startsAt.toISOString() };
    const answer = await ctx.api.post(path, body, {
      token,
      key: `demo-sessions-${workshop.key}-${index}`,
    });
    // One session is answered as itself, a series as the list of its sessions.
    existing.push(...(answer.items ?? [answer]));
  }
  return existing.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The catalogue; answers the workshops, each with its sessions in time order. */
export async function seedCatalogue(ctx, { token, people }, today) {
  for (const kind of EXTRA_KINDS)
    await ctx.api.post('/api/workshops/kinds', kind, { token, accept: ['KIND_EXISTS'] });
  const venueIds = await venues(ctx, token);
  const list = await workshops(ctx, token, people, venueIds);
  for (const workshop of list) workshop.sessions = await sessionsOf(ctx, token, workshop, today);
  const count = list.reduce((n, w) => n + w.sessions.length, 0);
  ctx.log(`${venueIds.size} venues, ${list.length} workshops, ${count} sessions`);
  return list;
}
