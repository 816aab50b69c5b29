import { formatDateTime, localized, type Localized } from '@fabrique/contracts';
import { workshopErrors } from './errors.js';

/**
 * Overlap prevention without transactions (DESIGN.md consistency rule 1): a session claims
 * every 5-minute slot it covers, for its venue and for each of its hosts, by inserting one
 * document per slot whose `_id` is the claim id below. Two overlapping sessions share at
 * least one slot, so the second insert fails atomically with E11000 on MongoDB and FerretDB
 * alike, whatever the number of service replicas.
 */
export const SLOT_MINUTES = 5;
/** Longest session; also bounds the claims one session inserts (144 per owner). */
export const MAX_SESSION_MINUTES = 12 * 60;

const SLOT_MS = SLOT_MINUTES * 60 * 1000;

const TOO_LONG: Localized = {
  fr: 'Une séance dure au plus 12 heures.',
  en: 'A session lasts at most 12 hours.',
};

export type ClaimKind = 'venue' | 'host';

/**
 * How far ahead a session may start. With a repetition of at most MAX_RECURRENCE_YEARS after
 * it, every session ends within five years: the live catalogue reads that far at start-up.
 */
export const MAX_YEARS_AHEAD = 3;

/**
 * Refuses a session starting before `now` (delivered hours are attested by a session that was
 * scheduled ahead, then held) or more than MAX_YEARS_AHEAD years after it. `backdateDays` lets
 * a network's set-up import the season already under way (SCHEDULE_PAST_DAYS, 0 by default).
 */
export function assertSchedulable(startsAt: Date, now: Date, backdateDays = 0): void {
  if (startsAt.getTime() < now.getTime() - backdateDays * 86_400_000)
    throw workshopErrors.IN_THE_PAST({
      fr: 'Une séance se programme pour une heure à venir.',
      en: 'A session is scheduled to start later than now.',
    });
  const horizon = new Date(now);
  horizon.setUTCFullYear(horizon.getUTCFullYear() + MAX_YEARS_AHEAD);
  if (startsAt > horizon)
    throw workshopErrors.TOO_FAR_AHEAD(
      localized((locale) =>
        locale === 'fr'
          ? `Programmez-la au plus tard le ${formatDateTime(horizon, locale)}.`
          : `Schedule it for ${formatDateTime(horizon, locale)} or earlier.`,
      ),
    );
}

/**
 * Refuses a session that does not start on a 5-minute mark or does not last a positive
 * multiple of 5 minutes (at most 12 hours): such a session would claim slots it only partly
 * uses. Checked in UTC, which is enough because Paris offsets are whole hours.
 */
export function assertOnSlotGrid(startsAt: Date, durationMinutes: number): void {
  const time = startsAt.getTime();
  if (Number.isNaN(time))
    throw workshopErrors.NOT_ON_SLOT_GRID({
      fr: 'L’heure de début n’est pas une date.',
      en: 'The start time is not a date.',
    });
  if (time % SLOT_MS !== 0)
    throw workshopErrors.NOT_ON_SLOT_GRID({
      fr: `Une séance commence sur un multiple de ${SLOT_MINUTES} minutes (par exemple 14:00 ou 14:05), sans secondes.`,
      en: `A session starts on a multiple of ${SLOT_MINUTES} minutes (e.g. 14:00 or 14:05), with no seconds.`,
    });
  if (
    !Number.isInteger(durationMinutes) ||
    durationMinutes <= 0 ||
    durationMinutes % SLOT_MINUTES !== 0
  )
    throw workshopErrors.NOT_ON_SLOT_GRID({
      fr: `Une séance dure un nombre entier de pas de ${SLOT_MINUTES} minutes (par exemple 90 minutes).`,
      en: `A session lasts a whole number of ${SLOT_MINUTES}-minute steps (e.g. 90 minutes).`,
    });
  if (durationMinutes > MAX_SESSION_MINUTES) throw workshopErrors.NOT_ON_SLOT_GRID(TOO_LONG);
}

/**
 * The starts of the slots covering [startsAt, endsAt): the end is exclusive, so 10:00–12:00
 * and 12:00–14:00 share none. Off-grid bounds are widened to whole slots (claiming too much
 * is safe, too little is not); spans over 12 hours are refused.
 */
export function slotStarts(startsAt: Date, endsAt: Date): Date[] {
  const start = startsAt.getTime();
  const end = endsAt.getTime();
  if (Number.isNaN(start) || Number.isNaN(end))
    throw workshopErrors.NOT_ON_SLOT_GRID({
      fr: 'L’heure de début ou de fin n’est pas une date.',
      en: 'The start or end time is not a date.',
    });
  if (end - start > MAX_SESSION_MINUTES * 60 * 1000)
    throw workshopErrors.NOT_ON_SLOT_GRID(TOO_LONG);
  const slots: Date[] = [];
  for (let slot = start - mod(start, SLOT_MS); slot < end; slot += SLOT_MS)
    slots.push(new Date(slot));
  return slots;
}

// `%` keeps the sign of the dividend; instants before 1970 still floor downwards.
function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/**
 * The `_id`s of the claims a session needs for one owner, e.g.
 * `venue:<venueId>:2026-03-15T13:00:00.000Z`. The slot part has a fixed length, so the id is
 * unambiguous whatever characters the owner id holds. A session with several hosts takes
 * `claimIds('host', …)` for each of them.
 */
export function claimIds(kind: ClaimKind, ownerId: string, startsAt: Date, endsAt: Date): string[] {
  return slotStarts(startsAt, endsAt).map((slot) => `${kind}:${ownerId}:${slot.toISOString()}`);
}

/** On a reschedule: the claims held before and not needed after (old minus new). */
export function claimsToRelease(oldClaims: string[], newClaims: string[]): string[] {
  return difference(oldClaims, newClaims);
}

/** On a reschedule: the claims needed after and not yet held (new minus old). */
export function claimsToTake(oldClaims: string[], newClaims: string[]): string[] {
  return difference(newClaims, oldClaims);
}

function difference(from: string[], without: string[]): string[] {
  const excluded = new Set(without);
  return [...new Set(from)].filter((claim) => !excluded.has(claim));
}
