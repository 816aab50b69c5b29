import { newId, nthId } from '@fabrique/contracts';
import { workshopErrors } from '../domain/errors.js';
import { occurrences, type Recurrence } from '../domain/recurrence.js';
import {
  cancelSession,
  changeCapacity,
  completeSession,
  rescheduleSession,
  scheduleSession,
  type Session,
  type SessionChange,
} from '../domain/session.js';
import { assertOnSlotGrid, assertSchedulable, claimIds } from '../domain/slots.js';
import type { Venue } from '../domain/venue.js';
import { claimSlots, releaseClaims } from '../store/slot-claim.store.js';
import { availabilityOf, insertSession, saveSession } from '../store/session.store.js';
import { findVenue } from '../store/venue.store.js';
import type { Actor, WorkshopsDeps } from './deps.js';
import { assertVersion, editableSession, editableWorkshop } from './guards.js';

export interface ScheduleRequest {
  startsAt: Date;
  durationMinutes?: number | undefined;
  capacity?: number | undefined;
  venueId?: string | undefined;
  recurrence?: Recurrence | undefined;
  bookingOpensAt?: Date | undefined;
  bookingClosesHoursBefore?: number | undefined;
}

/** Every slot claim a session needs: its venue's and each host's. */
export function claimsFor(s: {
  venueId: string;
  hostIds: string[];
  startsAt: Date;
  endsAt: Date;
}): string[] {
  return [
    claimIds('venue', s.venueId, s.startsAt, s.endsAt),
    ...s.hostIds.map((h) => claimIds('host', h, s.startsAt, s.endsAt)),
  ].flat();
}

async function venueOrFail(deps: WorkshopsDeps, id: string | null | undefined): Promise<Venue> {
  const venue = id ? await findVenue(deps.models, id) : undefined;
  if (!venue || venue.status !== 'active')
    throw workshopErrors.VENUE_NOT_FOUND(
      id
        ? {
            fr: `Le lieu ${id} n’est pas un lieu actif.`,
            en: `Venue ${id} is not an active venue.`,
          }
        : {
            fr: 'Indiquez un venueId : cet atelier n’a pas de lieu habituel.',
            en: 'Give a venueId: this workshop has no default venue.',
          },
    );
  return venue;
}

/** Dates of a planned series, without scheduling anything. */
export async function previewSessions(
  deps: WorkshopsDeps,
  actor: Actor,
  workshopId: string,
  request: ScheduleRequest,
) {
  const workshop = await editableWorkshop(deps, actor, workshopId);
  const duration = request.durationMinutes ?? workshop.defaultDurationMinutes;
  assertOnSlotGrid(request.startsAt, duration);
  assertSchedulable(request.startsAt, deps.now(), deps.backdateDays);
  return occurrences(request.startsAt, duration, request.recurrence);
}

function conflictError(kind: string, sessionId: string) {
  const detail = {
    fr: `Ce créneau chevauche la séance ${sessionId}.`,
    en: `It overlaps session ${sessionId}.`,
  };
  // The "message" is the id itself, for clients to link to: the same in every language.
  const errors = [{ path: 'conflictingSessionId', message: { fr: sessionId, en: sessionId } }];
  return kind === 'venue'
    ? workshopErrors.VENUE_BUSY(detail, { errors })
    : workshopErrors.HOST_BUSY(detail, { errors });
}

/**
 * One session or a whole series, all or nothing: every slot of every occurrence is claimed
 * first (unique keys: an overlap with anything, this series included, is refused), then the
 * sessions are written, each with its `session.scheduled` event. `firstId` (the request's
 * Idempotency-Key id) names the sessions: a retry after a crash half-way, or after its first
 * attempt was given up as abandoned, names them the same, so that it finds the claims and
 * sessions it already wrote as its own instead of overlapping them.
 */
export async function scheduleSessions(
  deps: WorkshopsDeps,
  actor: Actor,
  workshopId: string,
  request: ScheduleRequest,
  firstId: string = newId(),
): Promise<Session[]> {
  const workshop = await editableWorkshop(deps, actor, workshopId);
  if (workshop.status === 'archived') throw workshopErrors.WORKSHOP_ARCHIVED();
  const venue = await venueOrFail(deps, request.venueId ?? workshop.defaultVenueId);
  const duration = request.durationMinutes ?? workshop.defaultDurationMinutes;
  assertOnSlotGrid(request.startsAt, duration);
  const now = deps.now();
  assertSchedulable(request.startsAt, now, deps.backdateDays);
  // A series is named after its first session: the same on a retry.
  const seriesId = request.recurrence ? firstId : null;
  const changes = occurrences(request.startsAt, duration, request.recurrence).map(
    ({ startsAt, endsAt }, index) =>
      scheduleSession(
        workshop,
        venue,
        {
          id: nthId(firstId, index),
          seriesId,
          startsAt,
          endsAt,
          capacity: request.capacity ?? Math.min(workshop.defaultCapacity, venue.maxCapacity),
          bookingOpensAt: request.bookingOpensAt ?? now,
          bookingClosesHoursBefore: request.bookingClosesHoursBefore ?? 2,
        },
        now,
      ),
  );
  await claimAll(deps, changes, now);
  await writeAll(deps, changes);
  return changes.map((c) => c.session);
}

/** Writes the sessions (those an earlier attempt wrote are already there) and wakes the relay. */
async function writeAll(deps: WorkshopsDeps, changes: SessionChange[]): Promise<void> {
  const ids = changes.map((c) => c.session.id);
  await deps.outbox.save(deps.models.sessions, ids, undefined, async () => {
    for (const { session, events } of changes) await insertSession(deps.models, session, events);
  });
  // This replica sees its own writes at once; the others learn them from the events.
  for (const { session } of changes) await deps.catalogue?.refreshSession(session.id);
}

async function claimAll(deps: WorkshopsDeps, changes: SessionChange[], now: Date): Promise<void> {
  const taken: SessionChange[] = [];
  for (const change of changes) {
    const conflict = await claimSlots(
      deps.models,
      change.session.id,
      claimsFor(change.session),
      now,
    );
    if (conflict) {
      for (const done of taken)
        await releaseClaims(deps.models, done.session.id, claimsFor(done.session));
      throw conflictError(conflict.claimId.split(':')[0] ?? 'venue', conflict.sessionId);
    }
    taken.push(change);
  }
}

async function save(
  deps: WorkshopsDeps,
  readVersion: number,
  change: SessionChange,
): Promise<Session> {
  const saved = await deps.outbox.save(deps.models.sessions, change.session.id, change.events, () =>
    saveSession(deps.models, readVersion, change.session, change.events),
  );
  if (!saved) throw workshopErrors.PRECONDITION_FAILED();
  await deps.catalogue?.refreshSession(change.session.id);
  return change.session;
}

export async function reschedule(
  deps: WorkshopsDeps,
  actor: Actor,
  id: string,
  version: number,
  to: {
    startsAt?: Date | undefined;
    durationMinutes?: number | undefined;
    venueId?: string | undefined;
  },
): Promise<Session> {
  const current = await editableSession(deps, actor, id);
  assertVersion(current, version);
  const startsAt = to.startsAt ?? current.startsAt;
  const duration = to.durationMinutes ?? current.durationMinutes;
  assertOnSlotGrid(startsAt, duration);
  assertSchedulable(startsAt, deps.now(), deps.backdateDays);
  const venue = await venueOrFail(deps, to.venueId ?? current.venueId);
  const endsAt = new Date(startsAt.getTime() + duration * 60_000);
  const change = rescheduleSession(current, { startsAt, endsAt, venue }, deps.now());
  return moveClaimsAndSave(deps, current, version, change);
}

/** New slots first (an overlap refuses the move), then the write, then the old slots go. */
async function moveClaimsAndSave(
  deps: WorkshopsDeps,
  current: Session,
  version: number,
  change: SessionChange,
): Promise<Session> {
  const [before, after] = [claimsFor(current), claimsFor(change.session)];
  const conflict = await claimSlots(deps.models, current.id, after, deps.now());
  if (conflict) throw conflictError(conflict.claimId.split(':')[0] ?? 'venue', conflict.sessionId);
  try {
    const saved = await save(deps, version, change);
    await releaseClaims(
      deps.models,
      current.id,
      before.filter((c) => !after.includes(c)),
    );
    return saved;
  } catch (error) {
    await releaseClaims(
      deps.models,
      current.id,
      after.filter((c) => !before.includes(c)),
    );
    throw error;
  }
}

export async function resize(
  deps: WorkshopsDeps,
  actor: Actor,
  id: string,
  version: number,
  capacity: number,
): Promise<Session> {
  const current = await editableSession(deps, actor, id);
  assertVersion(current, version);
  const venue = await venueOrFail(deps, current.venueId);
  const confirmed = (await availabilityOf(deps.models, [id])).get(id)?.confirmed ?? 0;
  return save(deps, version, changeCapacity(current, capacity, venue, confirmed, deps.now()));
}

export async function cancel(
  deps: WorkshopsDeps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<Session> {
  const current = await editableSession(deps, actor, id);
  const saved = await save(deps, current.version, cancelSession(current, reason, deps.now()));
  await releaseClaims(deps.models, id, claimsFor(current));
  return saved;
}

export async function complete(deps: WorkshopsDeps, actor: Actor, id: string): Promise<Session> {
  const current = await editableSession(deps, actor, id);
  return save(deps, current.version, completeSession(current, deps.now()));
}
