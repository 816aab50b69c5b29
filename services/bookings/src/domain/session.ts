/** What bookings knows of a session, projected from workshops events. */
export interface SessionRecord {
  id: string;
  workshopId: string;
  kind: string;
  title: string;
  commune: string;
  venueId: string;
  hostIds: string[];
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  capacity: number;
  bookingOpensAt: Date;
  bookingClosesAt: Date;
  status: 'scheduled' | 'cancelled' | 'completed';
  /** When it last moved: bookings made before may then be cancelled without the cutoff. */
  rescheduledAt: Date | null;
  version: number;
}

export function isHostOf(session: Pick<SessionRecord, 'hostIds'>, accountId: string): boolean {
  return session.hostIds.includes(accountId);
}
