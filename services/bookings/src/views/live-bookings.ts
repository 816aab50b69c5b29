import { holdsSeats, isActive, type Booking } from '../domain/booking.js';
import type { SessionRecord } from '../domain/session.js';
import { bookingsOfSession } from '../store/booking.store.js';
import type { BookingsModels } from '../store/models.js';

type Listener = (sessionId: string) => void;

/** How many sessions the view holds at most; the least recently used leaves first. */
export const MAX_LIVE_SESSIONS = 2_000;

/** One session's bookings, as this replica knows them (the newest version of each). */
export class SessionBookings {
  private readonly byId = new Map<string, Booking>();

  constructor(
    readonly sessionId: string,
    /** When the session ends: then it leaves the view. */
    public endsAt: Date,
  ) {}

  /** Keeps the newer copy; returns whether this one was newer. */
  apply(booking: Booking): boolean {
    const known = this.byId.get(booking.id);
    if (known && known.version >= booking.version) return false;
    this.byId.set(booking.id, booking);
    return true;
  }

  get(id: string): Booking | undefined {
    return this.byId.get(id);
  }

  all(): Booking[] {
    return [...this.byId.values()];
  }

  heldSeatNos(): Set<number> {
    return new Set(
      this.all()
        .filter(holdsSeats)
        .flatMap((b) => b.seatNos),
    );
  }

  /** People waiting, first in line first. */
  waitlist(): Booking[] {
    return this.all()
      .filter((b) => b.status === 'waitlisted')
      .sort((a, b) => (a.ticket ?? 0) - (b.ticket ?? 0));
  }

  maxTicket(): number {
    return Math.max(0, ...this.all().map((b) => b.ticket ?? 0));
  }

  /**
   * Place in line: the ticket, less the tickets before it that left the line (promoted,
   * cancelled, expired). Tickets being handed out right now count as waiting, so that
   * concurrent arrivals get distinct, consecutive places.
   */
  positionOf(booking: Booking): number | null {
    if (booking.status !== 'waitlisted' || booking.ticket === null) return null;
    const ticket = booking.ticket;
    const gone = this.all().filter(
      (b) => b.ticket !== null && b.ticket < ticket && b.status !== 'waitlisted',
    ).length;
    return ticket - gone;
  }

  counts(): { held: number; confirmed: number; waitlisted: number } {
    let held = 0;
    let confirmed = 0;
    let waitlisted = 0;
    for (const b of this.byId.values()) {
      if (holdsSeats(b)) held += b.seats;
      if (b.status === 'confirmed') confirmed += b.seats;
      if (b.status === 'waitlisted') waitlisted += 1;
    }
    return { held, confirmed, waitlisted };
  }

  /**
   * A number that grows with every change of the session's bookings, the same on every
   * replica that has seen the same changes: each booking starts at version 1 and each change
   * adds one. It versions the seats-left events derived from this view.
   */
  sequence(): number {
    let sum = 0;
    for (const b of this.byId.values()) sum += b.version;
    return sum;
  }

  active(): Booking[] {
    return this.all().filter(isActive);
  }
}

interface Entry {
  bookings: SessionBookings;
  /** The database read that filled it; events applied meanwhile are kept (newest wins). */
  loaded: Promise<void>;
}

/**
 * The bookings of live sessions, one copy per replica: what taking seats, the waiting line and
 * the seats left are computed from. A session enters on first use (its bookings read by their
 * indexed `sessionId`) and leaves when it ends, or when more than MAX_LIVE_SESSIONS are held
 * (least recently used first; it is read again if needed). Bound: MAX_LIVE_SESSIONS sessions,
 * each with its bookings (seats and line). The booking events of every replica keep it
 * current; it guards no invariant (seats, holds and tickets are unique-key claims).
 */
export class LiveBookings {
  private readonly sessions = new Map<string, Entry>();
  private readonly listeners: Listener[] = [];

  constructor(
    private readonly models: BookingsModels,
    private readonly maxSessions = MAX_LIVE_SESSIONS,
  ) {}

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** The session's bookings, read from the database the first time. */
  async of(session: Pick<SessionRecord, 'id' | 'endsAt'>): Promise<SessionBookings> {
    const known = this.sessions.get(session.id);
    if (known) {
      // Most recently used last: Maps iterate in insertion order.
      this.sessions.delete(session.id);
      this.sessions.set(session.id, known);
      known.bookings.endsAt = session.endsAt;
      await known.loaded;
      return known.bookings;
    }
    const bookings = new SessionBookings(session.id, session.endsAt);
    const loaded = bookingsOfSession(this.models, session.id).then((docs) => {
      for (const booking of docs) bookings.apply(booking);
    });
    const entry = { bookings, loaded };
    this.sessions.set(session.id, entry);
    this.evictBeyondBound();
    try {
      await loaded;
    } catch (error) {
      this.sessions.delete(session.id);
      throw error;
    }
    return bookings;
  }

  /** A session already in the view, without reading anything; undefined otherwise. */
  held(sessionId: string): SessionBookings | undefined {
    return this.sessions.get(sessionId)?.bookings;
  }

  /** A booking change (this replica's write or another's event): kept if its session is here. */
  apply(booking: Booking): void {
    const entry = this.sessions.get(booking.sessionId);
    if (!entry?.bookings.apply(booking)) return;
    for (const listener of this.listeners) listener(booking.sessionId);
  }

  sessionIds(): string[] {
    return [...this.sessions.keys()];
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Sessions that ended leave the view. */
  dropEnded(now: Date): number {
    let dropped = 0;
    for (const [id, { bookings }] of this.sessions) {
      if (bookings.endsAt > now) continue;
      this.sessions.delete(id);
      dropped += 1;
    }
    return dropped;
  }

  private evictBeyondBound(): void {
    for (const id of this.sessions.keys()) {
      if (this.sessions.size <= this.maxSessions) return;
      this.sessions.delete(id);
    }
  }
}
