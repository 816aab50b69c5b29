import type { SessionBookings } from './live-bookings.js';

const BUSY_ELSEWHERE_MS = 60_000;

/**
 * Hands out candidate seat numbers and waiting-list tickets to this replica's in-flight
 * requests, so that 500 people booking one session at once try distinct seats instead of all
 * inserting seat 1. It is only a hint: the unique `_id` of each claim decides. A seat another
 * replica took is skipped for a minute, then tried again (it may have been freed). It reads the
 * session's bookings from the live view (views/live-bookings.ts): callers load them first.
 * Bound: what this replica's requests in flight reserve, and a minute of seats seen taken.
 */
export class SeatAllocator {
  private readonly reserved = new Map<string, Set<number>>();
  private readonly busyElsewhere = new Map<string, Map<number, number>>();
  private readonly lastTicket = new Map<string, number>();
  private readonly joining = new Map<string, number>();

  constructor(private readonly bookingsOf: (sessionId: string) => SessionBookings) {}

  /**
   * A change of the session's bookings (here or on another replica) may have freed seats this
   * replica had seen taken: they are worth trying again.
   */
  changed(sessionId: string): void {
    this.busyElsewhere.delete(sessionId);
  }

  /** A seat whose claim this replica just deleted is free to try at once. */
  released(sessionId: string, seat: number): void {
    this.busyElsewhere.get(sessionId)?.delete(seat);
  }

  private unavailable(sessionId: string, now: number): Set<number> {
    const taken = this.bookingsOf(sessionId).heldSeatNos();
    for (const seat of this.reserved.get(sessionId) ?? []) taken.add(seat);
    for (const [seat, until] of this.busyElsewhere.get(sessionId) ?? [])
      if (until > now) taken.add(seat);
    return taken;
  }

  /** Seats a booking could still get: never more than capacity minus what is held. */
  freeSeats(sessionId: string, capacity: number, now: Date): number {
    const held =
      this.bookingsOf(sessionId).counts().held + (this.reserved.get(sessionId)?.size ?? 0);
    const numbersLeft = capacity - this.unavailable(sessionId, now.getTime()).size;
    return Math.max(0, Math.min(capacity - held, numbersLeft));
  }

  /** Reserves the lowest seat number nobody here holds or tries; undefined when none is left. */
  reserveSeat(sessionId: string, capacity: number, now: Date): number | undefined {
    if (this.freeSeats(sessionId, capacity, now) === 0) return undefined;
    const taken = this.unavailable(sessionId, now.getTime());
    for (let seat = 1; seat <= capacity; seat += 1) {
      if (taken.has(seat)) continue;
      const reserved = this.reserved.get(sessionId) ?? new Set<number>();
      reserved.add(seat);
      this.reserved.set(sessionId, reserved);
      return seat;
    }
    return undefined;
  }

  unreserve(sessionId: string, seats: number[]): void {
    const reserved = this.reserved.get(sessionId);
    for (const seat of seats) reserved?.delete(seat);
    if (reserved?.size === 0) this.reserved.delete(sessionId);
  }

  takenElsewhere(sessionId: string, seat: number, now: Date): void {
    const busy = this.busyElsewhere.get(sessionId) ?? new Map<number, number>();
    busy.set(seat, now.getTime() + BUSY_ELSEWHERE_MS);
    this.busyElsewhere.set(sessionId, busy);
  }

  /** Once a line exists (or someone is joining it), newcomers join it too. */
  hasLine(sessionId: string): boolean {
    return (
      (this.joining.get(sessionId) ?? 0) > 0 || this.bookingsOf(sessionId).waitlist().length > 0
    );
  }

  beginJoin(sessionId: string): void {
    this.joining.set(sessionId, (this.joining.get(sessionId) ?? 0) + 1);
  }

  endJoin(sessionId: string): void {
    const left = (this.joining.get(sessionId) ?? 1) - 1;
    if (left > 0) this.joining.set(sessionId, left);
    else this.joining.delete(sessionId);
  }

  /** The next ticket to try; `ticketTaken` moves past one another replica holds. */
  nextTicket(sessionId: string): number {
    const known = this.bookingsOf(sessionId).maxTicket();
    const next = Math.max(this.lastTicket.get(sessionId) ?? 0, known) + 1;
    this.lastTicket.set(sessionId, next);
    return next;
  }
}
