import type { SessionData } from '@fabrique/contracts';
import type { SessionRecord } from '../domain/session.js';
import type { BookingsModels } from '../store/models.js';
import { findSession } from '../store/session.store.js';

const TTL_MS = 30_000;
/** At most this many sessions are remembered (the least recently stored go first). */
export const MAX_CACHED_SESSIONS = 5_000;

interface Entry {
  session: SessionRecord;
  at: number;
}

/**
 * Sessions as this replica last knew them, so that a booking does not read its session from
 * the database each time (a store round trip more on the busiest path). Every replica
 * follows the session events and applies the newer ones at once; a copy read from a
 * projection that is behind an event already seen is not kept. Entries also expire, a bound
 * on staleness should an event be missed. Bound: MAX_CACHED_SESSIONS sessions, and as many
 * newest versions seen.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly newestSeen = new Map<string, number>();

  constructor(
    private readonly models: BookingsModels,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Forgets the oldest entries of a map beyond the bound (Maps iterate in insertion order). */
  private static bound<K, V>(map: Map<K, V>): void {
    for (const key of map.keys()) {
      if (map.size <= MAX_CACHED_SESSIONS) return;
      map.delete(key);
    }
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const entry = this.entries.get(id);
    if (entry && this.clock() - entry.at < TTL_MS) return entry.session;
    const session = await findSession(this.models, id);
    if (session && session.version >= (this.newestSeen.get(id) ?? 0)) {
      this.entries.delete(id);
      this.entries.set(id, { session, at: this.clock() });
      SessionCache.bound(this.entries);
    }
    return session;
  }

  /** A session event: newer than the copy here, it replaces it. */
  seen(data: SessionData, eventTime: Date): void {
    const newest = Math.max(data.version, this.newestSeen.get(data.sessionId) ?? 0);
    this.newestSeen.delete(data.sessionId);
    this.newestSeen.set(data.sessionId, newest);
    SessionCache.bound(this.newestSeen);
    const entry = this.entries.get(data.sessionId);
    if (!entry || entry.session.version >= data.version) return;
    const startsAt = new Date(data.startsAt);
    const moved = startsAt.getTime() !== entry.session.startsAt.getTime();
    this.entries.set(data.sessionId, {
      at: this.clock(),
      session: {
        ...entry.session,
        ...toRecord(data),
        rescheduledAt: moved ? eventTime : entry.session.rescheduledAt,
      },
    });
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}

function toRecord(data: SessionData): Omit<SessionRecord, 'rescheduledAt'> {
  const { sessionId, ...rest } = data;
  return {
    ...rest,
    id: sessionId,
    startsAt: new Date(data.startsAt),
    endsAt: new Date(data.endsAt),
    bookingOpensAt: new Date(data.bookingOpensAt),
    bookingClosesAt: new Date(data.bookingClosesAt),
  };
}
