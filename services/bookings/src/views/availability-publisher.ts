import { publishEvent, type Bus } from '@fabrique/bus';
import type { Logger } from '@fabrique/service-kit';
import { availabilityChanged } from '../domain/availability.js';
import type { LiveBookings } from './live-bookings.js';
import type { SessionCache } from './session-cache.js';

const DEBOUNCE_MS = 50;

/**
 * Publishes each session's seats after its bookings change: derived from the live view, not a
 * fact, so sent directly rather than through an outbox. A burst of changes yields a few
 * events, not one per booking. The version is the session's booking sequence (the sum of its
 * bookings' versions, see SessionBookings.sequence): the same on every replica that has seen
 * the same changes and growing with each, so the consumers keep the most informed count
 * whichever replica sent it. Every replica republishes once it has applied a change (its own
 * or another's); at start-up the sessions with recent activity are republished, so a crash
 * loses nothing. Bound: the sessions due, at most those changed in the last 50 ms.
 */
export class AvailabilityPublisher {
  private readonly due = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly bus: Bus,
    private readonly sessions: SessionCache,
    private readonly live: LiveBookings,
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

  private async publish(sessionId: string): Promise<void> {
    const session = await this.sessions.get(sessionId);
    // Seats of a session that is over interest nobody.
    if (!session || session.endsAt.getTime() < Date.now()) return;
    const bookings = await this.live.of(session);
    const order = { sequence: bookings.sequence(), clockVersion: this.nextClockVersion() };
    for (const event of availabilityChanged(session, bookings.counts(), order))
      await publishEvent(this.bus, event);
  }

  private lastClockVersion = 0;

  private nextClockVersion(): number {
    this.lastClockVersion = Math.max(Date.now() * 1000, this.lastClockVersion + 1);
    return this.lastClockVersion;
  }
}
