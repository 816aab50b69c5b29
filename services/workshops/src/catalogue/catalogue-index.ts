import type { Session } from '../domain/session.js';
import type { WorkshopsModels } from '../store/models.js';
import { findSession } from '../store/session.store.js';
import { findWorkshop } from '../store/workshop.store.js';
import { fromDocument } from '../store/versioned-write.js';

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
  version: number;
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
 * The catalogue in memory, one per replica. FerretDB 1.24 hands its store the equality part of
 * a filter only, never a date range or a sort, so a catalogue page read from the store reads
 * and sorts every listed session; here it is a few milliseconds. The index loads once, then
 * follows the session, workshop and availability events (each replica reads them all with its
 * own ordered consumer) and re-reads changed sessions by id.
 */
export class CatalogueIndex {
  private readonly sessions = new Map<string, Session>();
  private readonly byWorkshop = new Map<string, Set<string>>();
  private readonly seats = new Map<string, Seats>();
  /** Sessions by start then id, rebuilt on the first search after a change (reads outnumber writes). */
  private sorted: Session[] | undefined;

  constructor(private readonly models: WorkshopsModels) {}

  async load(): Promise<void> {
    const docs = await this.models.sessions
      .find({}, { outbox: 0 })
      .lean<(Omit<Session, 'id'> & { _id: string })[]>();
    for (const doc of docs) this.put(fromDocument(doc));
    const seats = await this.models.availability
      .find()
      .lean<{ _id: string; seatsLeft: number; version: number }[]>();
    for (const s of seats) this.seats.set(s._id, { seatsLeft: s.seatsLeft, version: s.version });
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Keeps the newest version: the initial load may race with refreshes from events. */
  private put(session: Session): void {
    const known = this.sessions.get(session.id);
    if (known && known.version > session.version) return;
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

  setSeats(sessionId: string, seatsLeft: number, version: number): void {
    if ((this.seats.get(sessionId)?.version ?? 0) < version)
      this.seats.set(sessionId, { seatsLeft, version });
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

  /** Every session of a workshop, by start, whatever its status. */
  ofWorkshop(workshopId: string): Session[] {
    const ids = [...(this.byWorkshop.get(workshopId) ?? [])];
    return ids.flatMap((id) => this.sessions.get(id) ?? []).sort(byStartThenId);
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
