import type { Session } from '../domain/session.js';
import type { WorkshopsModels } from '../store/models.js';
import {
  availabilityOfSessions,
  findSession,
  liveAvailability,
  liveSessions,
} from '../store/session.store.js';
import { findWorkshop } from '../store/workshop.store.js';

export interface IndexQuery {
  from: Date;
  to?: Date | undefined;
  kind?: string | undefined;
  commune?: string | undefined;
  venueId?: string | undefined;
  workshopId?: string | undefined;
  tokens: string[];
  available: boolean;
  after?: { startsAt: Date; id: string } | undefined;
  limit: number;
}

export type IndexedSession = Session & { seatsLeft: number };

interface Seats {
  seatsLeft: number;
  /** The booking sequence of the availability event (sessionAvailabilityChangedV2). */
  sequence: number;
}

function byStartThenId(a: Session, b: Session): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function matches(s: Session, q: IndexQuery, seatsLeft: number): boolean {
  if (!s.listed || s.status !== 'scheduled' || s.startsAt < q.from || (q.to && s.startsAt >= q.to))
    return false;
  if ((q.kind && s.kind !== q.kind) || (q.commune && s.commune !== q.commune)) return false;
  if ((q.venueId && s.venueId !== q.venueId) || (q.workshopId && s.workshopId !== q.workshopId))
    return false;
  if (q.available && seatsLeft <= 0) return false;
  if (q.after && byStartThenId(s, { startsAt: q.after.startsAt, id: q.after.id } as Session) <= 0)
    return false;
  return q.tokens.every((token) => s.tokens.includes(token));
}

/**
 * The live catalogue in memory, one per replica: the sessions that have not ended, with their
 * seats left. FerretDB 1.24 hands its store the equality part of a filter only, never a date
 * range or a sort, so a catalogue page read from the store reads and sorts every listed
 * session; here it is a few milliseconds. It loads the sessions by their end month (never the
 * past), then follows the session, workshop and availability events (each replica reads them
 * all) and re-reads changed sessions by id; ended sessions leave it (`dropEnded`, from the
 * sweeps). Bound: the sessions not yet ended (about a year of the network's programme) and
 * their seats.
 */
export class CatalogueIndex {
  private readonly sessions = new Map<string, Session>();
  private readonly byWorkshop = new Map<string, Set<string>>();
  private readonly seats = new Map<string, Seats>();
  /** Sessions by start then id, rebuilt on the first search after a change (reads outnumber writes). */
  private sorted: Session[] | undefined;

  constructor(
    private readonly models: WorkshopsModels,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<void> {
    const now = this.now();
    for (const session of await liveSessions(this.models, now)) this.put(session);
    for (const s of await liveAvailability(this.models, now)) {
      this.setSeats(s._id, s.seatsLeft, s.sequence ?? 0);
    }
    const unseen = [...this.sessions.keys()].filter((id) => !this.seats.has(id));
    for (const s of await availabilityOfSessions(this.models, unseen)) {
      this.setSeats(s._id, s.seatsLeft, s.sequence ?? 0);
    }
  }

  /** Sessions that ended leave the view, with their seats. */
  dropEnded(now = this.now()): number {
    let dropped = 0;
    for (const [id, session] of this.sessions) {
      if (session.endsAt > now) continue;
      this.remove(session);
      this.seats.delete(id);
      dropped += 1;
    }
    return dropped;
  }

  private remove(session: Session): void {
    this.sessions.delete(session.id);
    this.byWorkshop.get(session.workshopId)?.delete(session.id);
    this.sorted = undefined;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Keeps the newest version: the initial load may race with refreshes from events. */
  private put(session: Session): void {
    const known = this.sessions.get(session.id);
    if (known && known.version > session.version) return;
    if (session.endsAt <= this.now()) {
      if (known) this.remove(known);
      return;
    }
    this.sessions.set(session.id, session);
    this.sorted = undefined;
    const ids = this.byWorkshop.get(session.workshopId) ?? new Set<string>();
    ids.add(session.id);
    this.byWorkshop.set(session.workshopId, ids);
  }

  async refreshSession(id: string): Promise<void> {
    const session = await findSession(this.models, id);
    if (session) this.put(session);
  }

  /**
   * Title, kind, words, hosts and listing of a workshop live on its sessions; the workshop
   * document (written with its event) is the source, read by id.
   */
  async refreshWorkshop(workshopId: string): Promise<void> {
    const workshop = await findWorkshop(this.models, workshopId);
    if (!workshop) return;
    const { title, kind, tokens, hostIds } = workshop;
    for (const id of this.byWorkshop.get(workshopId) ?? []) {
      const session = this.sessions.get(id);
      if (session)
        this.sessions.set(id, {
          ...session,
          title,
          kind,
          tokens,
          hostIds,
          listed: workshop.status === 'published',
        });
    }
    this.sorted = undefined;
  }

  /** Seats left from bookings' availability events: the larger booking sequence wins. */
  setSeats(sessionId: string, seatsLeft: number, sequence: number): void {
    if ((this.seats.get(sessionId)?.sequence ?? -1) < sequence)
      this.seats.set(sessionId, { seatsLeft, sequence });
  }

  /** Walks the sessions in start order from the first candidate, until the page is full. */
  search(q: IndexQuery): IndexedSession[] {
    this.sorted ??= [...this.sessions.values()].sort(byStartThenId);
    const found: IndexedSession[] = [];
    for (
      let i = this.firstFrom(q.after?.startsAt ?? q.from);
      i < this.sorted.length && found.length < q.limit;
      i += 1
    ) {
      const s = this.sorted[i]!;
      if (q.to && s.startsAt >= q.to) break;
      const seatsLeft = this.seats.get(s.id)?.seatsLeft ?? s.capacity;
      if (matches(s, q, seatsLeft)) found.push({ ...s, seatsLeft });
    }
    return found;
  }

  /** Listed sessions of any status starting from `since`, by start: calendar feeds keep cancellations. */
  listedSince(
    since: Date,
    filter: { commune?: string | undefined; kind?: string | undefined },
    limit: number,
  ): Session[] {
    this.sorted ??= [...this.sessions.values()].sort(byStartThenId);
    const found: Session[] = [];
    for (let i = this.firstFrom(since); i < this.sorted.length && found.length < limit; i += 1) {
      const s = this.sorted[i]!;
      if (
        s.listed &&
        (!filter.commune || s.commune === filter.commune) &&
        (!filter.kind || s.kind === filter.kind)
      )
        found.push(s);
    }
    return found;
  }

  /** Index of the first session starting at or after `at` (binary search). */
  private firstFrom(at: Date): number {
    const sorted = this.sorted ?? [];
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.startsAt < at) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
