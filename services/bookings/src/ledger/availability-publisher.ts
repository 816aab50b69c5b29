import { publishEvent, type Bus } from '@fabrique/bus';
import { sessionAvailabilityChangedV1 } from '@fabrique/contracts';
import type { Logger } from '@fabrique/service-kit';
import { SOURCE } from '../events/booking-events.js';
import type { BookingIndex } from './booking-index.js';
import type { SessionCache } from './session-cache.js';

const DEBOUNCE_MS = 50;

/**
 * Publishes each session's seats after its bookings change: a derived view, not a fact, so
 * it is computed from this replica's index and sent directly rather than through an outbox.
 * A burst of changes yields a few events, not one per booking. Versions are a microsecond
 * clock: the latest computation wins at the consumers. Every replica republishes once it has
 * applied a change (its own or another's), so the last word is from an up-to-date index; at
 * start-up every upcoming session is republished, so a crash loses nothing.
 */
export class AvailabilityPublisher {
  private readonly due = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private lastVersion = 0;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly bus: Bus,
    private readonly sessions: SessionCache,
    private readonly index: BookingIndex,
    private readonly logger: Logger,
  ) {}

  touch(sessionId: string): void {
    this.due.add(sessionId);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flushing = this.flushing.then(() => this.flush());
    }, DEBOUNCE_MS);
  }

  /** Publishes what is due now (also used at shutdown and by tests). */
  async flush(): Promise<void> {
    const sessionIds = [...this.due];
    this.due.clear();
    for (const sessionId of sessionIds) {
      try {
        await this.publish(sessionId);
      } catch (error) {
        this.logger.warn({ err: error, sessionId }, 'availability not published; retrying');
        this.touch(sessionId);
      }
    }
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flushing;
    await this.flush();
  }

  private nextVersion(): number {
    this.lastVersion = Math.max(Date.now() * 1000, this.lastVersion + 1);
    return this.lastVersion;
  }

  private async publish(sessionId: string): Promise<void> {
    const session = await this.sessions.get(sessionId);
    // Seats of a session that is over interest nobody (the start-up republishes all others).
    if (!session || session.endsAt.getTime() < Date.now()) return;
    const { held, confirmed, waitlisted } = this.index.counts(sessionId);
    const event = sessionAvailabilityChangedV1.create(
      { subject: sessionId, source: SOURCE },
      {
        sessionId,
        capacity: session.capacity,
        confirmed,
        seatsLeft: Math.max(0, session.capacity - held),
        waitlisted,
        version: this.nextVersion(),
      },
    );
    await publishEvent(this.bus, event);
  }
}
