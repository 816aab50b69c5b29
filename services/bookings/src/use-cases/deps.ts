import type { Logger, Principal } from '@fabrique/service-kit';
import type { BookingPolicy } from '../domain/policy.js';
import type { BookingIndex } from '../ledger/booking-index.js';
import type { SeatAllocator } from '../ledger/seat-allocator.js';
import type { SessionQueue } from '../ledger/session-queue.js';
import type { BookingsModels } from '../store/models.js';

/** What the use cases need; runtime.ts builds it for main.ts and the tests. */
export interface BookingsDeps {
  models: BookingsModels;
  index: BookingIndex;
  allocator: SeatAllocator;
  queue: SessionQueue;
  policy: BookingPolicy;
  logger: Logger;
  /** Tells the outbox relay that events are waiting. */
  eventsWritten: (modelName: string, ids: string[]) => void;
  now: () => Date;
}

export type Actor = Principal;
