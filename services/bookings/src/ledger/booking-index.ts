import { holdsSeats, isActive, type Booking } from '../domain/booking.js';
import { toBooking } from '../store/booking.store.js';
import type { BookingsModels } from '../store/models.js';

type Listener = (sessionId: string) => void;

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(id);
  map.set(key, set);
}

/**
 * Every booking of the network in memory, one copy per replica: "my bookings", a session's
 * roster and its waiting list are read here. (Made when the embedded store read a whole
 * collection for any query but an `_id` lookup; it now answers indexed equalities too.) The index loads once, then takes this replica's own writes at once and
 * everyone's through the booking events (each carries the whole booking and its version).
 * It guards no invariant: seats, holds and tickets are unique-key claims in the database.
 */
export class BookingIndex {
  private readonly byId = new Map<string, Booking>();
  private readonly bySession = new Map<string, Set<string>>();
  private readonly byResident = new Map<string, Set<string>>();
  private readonly listeners: Listener[] = [];

  async load(models: BookingsModels): Promise<void> {
    const docs = await models.bookings.find({}).lean<Parameters<typeof toBooking>[0][]>();
    for (const doc of docs) this.apply(toBooking(doc));
  }

  get size(): number {
    return this.byId.size;
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Keeps the newer copy; returns whether this one was newer. */
  apply(booking: Booking): boolean {
    const known = this.byId.get(booking.id);
    if (known && known.version >= booking.version) return false;
    this.byId.set(booking.id, booking);
    addTo(this.bySession, booking.sessionId, booking.id);
    addTo(this.byResident, booking.residentId, booking.id);
    for (const listener of this.listeners) listener(booking.sessionId);
    return true;
  }

  get(id: string): Booking | undefined {
    return this.byId.get(id);
  }

  ofSession(sessionId: string): Booking[] {
    return [...(this.bySession.get(sessionId) ?? [])].map((id) => this.byId.get(id) as Booking);
  }

  ofResident(residentId: string): Booking[] {
    return [...(this.byResident.get(residentId) ?? [])].map((id) => this.byId.get(id) as Booking);
  }

  sessionIds(): string[] {
    return [...this.bySession.keys()];
  }

  heldSeatNos(sessionId: string): Set<number> {
    return new Set(
      this.ofSession(sessionId)
        .filter(holdsSeats)
        .flatMap((b) => b.seatNos),
    );
  }

  /** People waiting, first in line first. */
  waitlist(sessionId: string): Booking[] {
    return this.ofSession(sessionId)
      .filter((b) => b.status === 'waitlisted')
      .sort((a, b) => (a.ticket ?? 0) - (b.ticket ?? 0));
  }

  maxTicket(sessionId: string): number {
    return Math.max(0, ...this.ofSession(sessionId).map((b) => b.ticket ?? 0));
  }

  /**
   * Place in line: the ticket, less the tickets before it that left the line (promoted,
   * cancelled, expired). Tickets being handed out right now count as waiting, so that
   * concurrent arrivals get distinct, consecutive places.
   */
  positionOf(booking: Booking): number | null {
    if (booking.status !== 'waitlisted' || booking.ticket === null) return null;
    const ticket = booking.ticket;
    const gone = this.ofSession(booking.sessionId).filter(
      (b) => b.ticket !== null && b.ticket < ticket && b.status !== 'waitlisted',
    ).length;
    return ticket - gone;
  }

  counts(sessionId: string): { held: number; confirmed: number; waitlisted: number } {
    let held = 0;
    let confirmed = 0;
    let waitlisted = 0;
    for (const b of this.ofSession(sessionId)) {
      if (holdsSeats(b)) held += b.seats;
      if (b.status === 'confirmed') confirmed += b.seats;
      if (b.status === 'waitlisted') waitlisted += 1;
    }
    return { held, confirmed, waitlisted };
  }

  expiredOffers(now: Date): Booking[] {
    return [...this.byId.values()].filter(
      (b) => b.status === 'offered' && b.offerExpiresAt !== null && b.offerExpiresAt <= now,
    );
  }

  activeOf(sessionId: string): Booking[] {
    return this.ofSession(sessionId).filter(isActive);
  }
}
