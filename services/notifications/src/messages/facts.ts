import type { SessionFacts } from '../domain/context.js';
import { communeName, formatDateTime, formatDuration, type Locale } from './format.js';

export interface SessionLabels {
  workshop: string;
  when: string;
  duration: string;
  place: string;
}

/** Venue name and address; the commune fills in whatever the venue does not say. */
export function placeOf(session: SessionFacts): string {
  const name = session.venueName?.trim() || null;
  const address = session.venueAddress?.trim() || null;
  const commune = communeName(session.commune);
  if (!name && !address) return commune;
  return [name, address ?? commune].filter((part) => part !== null).join(', ');
}

/** The rows every message about a session shows: what, when, how long, where. */
export function sessionRows(
  session: SessionFacts,
  locale: Locale,
  labels: SessionLabels,
): Array<[string, string]> {
  return [
    [labels.workshop, session.title],
    [labels.when, formatDateTime(session.startsAt, locale)],
    [labels.duration, formatDuration(session.durationMinutes, locale)],
    [labels.place, placeOf(session)],
  ];
}

/** `[item]` when `condition` holds, else nothing: for optional paragraphs and rows. */
export function only<T>(condition: unknown, item: T): T[] {
  return condition ? [item] : [];
}
