import type { RevokedAccounts } from '@fabrique/service-kit';
import type { KeyedQueue, OutboxWriter } from '@fabrique/bus';
import type { Logger, Principal } from '@fabrique/service-kit';
import type { BookingPolicy } from '../domain/policy.js';
import type { BookingsModels } from '../store/models.js';
import type { LiveBookings } from '../views/live-bookings.js';
import type { SeatAllocator } from '../views/seat-allocator.js';
import type { SessionCache } from '../views/session-cache.js';

/** What the use cases need; runtime.ts builds it for main.ts and the tests. */
export interface BookingsDeps {
  models: BookingsModels;
  /** Accounts whose tokens this replica refuses (deleted ones): service-kit revocations. */
  revoked?: RevokedAccounts | undefined;
  /** The bookings of live sessions (views/live-bookings.ts): load a session with `of` first. */
  live: LiveBookings;
  allocator: SeatAllocator;
  /**
   * Waiting-list work of one session, one step after the other in this replica, so that
   * freed seats go out in line order (claims, not this queue, guard the seats).
   */
  queue: KeyedQueue;
  /** Sessions as projected from workshops, cached per replica. */
  sessions: SessionCache;
  policy: BookingPolicy;
  logger: Logger;
  /** The write path of a change that emits events (bus, outbox-writer.ts). */
  outbox: OutboxWriter;
  now: () => Date;
}

export type Actor = Principal;
