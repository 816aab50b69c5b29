import { followEvents, type Bus, type Follower } from '@fabrique/bus';
import { sessionData } from '@fabrique/contracts';
import type { Logger } from '@fabrique/service-kit';
import type { SessionCache } from './session-cache.js';

/** Every replica's session cache hears every session event (a shared durable would not). */
export function followSessions(bus: Bus, cache: SessionCache, logger: Logger): Promise<Follower> {
  return followEvents(bus, {
    stream: 'WORKSHOPS',
    subjects: ['workshops.session.>'],
    logger,
    handle: (_subject, event) => {
      const envelope = event as { time?: string; data?: unknown };
      const data = sessionData.parse(envelope.data);
      cache.seen(data, new Date(envelope.time ?? Date.now()));
      return Promise.resolve();
    },
  });
}
