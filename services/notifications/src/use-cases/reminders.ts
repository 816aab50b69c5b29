import { activeBookingsOf } from '../store/booking.store.js';
import {
  factsOf,
  markReminded,
  sessionsStartingBetween,
  type StoredSession,
} from '../store/session.store.js';
import type { NotificationsDeps } from './deps.js';
import { notify, RecipientNotKnownYet } from './notify.js';

const HOUR_MS = 3_600_000;
/** Someone confirmed this recently just got their confirmation: a reminder would repeat it. */
const RECENTLY_CONFIRMED_MS = 2 * HOUR_MS;

/**
 * Reminds everyone with a confirmed seat, once per session and start time (a rescheduled
 * session gets a new reminder). Any replica may run it: the notification ids make the second
 * pass write nothing. Returns how many reminders it wrote.
 */
export async function sendReminders(deps: NotificationsDeps, hoursBefore: number): Promise<number> {
  const now = deps.now();
  const sessions = await sessionsStartingBetween(
    deps.models,
    now,
    new Date(now.getTime() + hoursBefore * HOUR_MS),
  );
  let written = 0;
  for (const session of sessions) {
    if (session.remindedFor === session.startsAt.toISOString()) continue;
    const { created, complete } = await remindSession(deps, session, now);
    written += created;
    // An unknown recipient leaves the session for the next pass; the others are not repeated.
    if (complete) await markReminded(deps.models, session._id, session.startsAt);
  }
  return written;
}

async function remindSession(deps: NotificationsDeps, session: StoredSession, now: Date) {
  const facts = await factsOf(deps.models, session);
  const factKey = `session-reminder:${session._id}:${session.startsAt.toISOString()}`;
  let created = 0;
  let complete = true;
  for (const booking of await activeBookingsOf(deps.models, session._id)) {
    if (booking.status !== 'confirmed') continue;
    if (now.getTime() - booking.statusSince.getTime() < RECENTLY_CONFIRMED_MS) continue;
    const context = { kind: 'session-reminder' as const, session: facts, bookingId: booking._id };
    try {
      const outcome = await notify(deps, {
        factKey,
        recipientId: booking.residentId,
        context: { ...context, seats: booking.seats },
      });
      if (outcome === 'created') created += 1;
    } catch (error) {
      if (!(error instanceof RecipientNotKnownYet)) throw error;
      complete = false;
    }
  }
  return { created, complete };
}
