import { followEvents, type Bus, type Follower } from '@fabrique/bus';
import { sessionAvailabilityChangedV1 } from '@fabrique/contracts';
import type { Logger } from '@fabrique/service-kit';
import type { CatalogueIndex } from './catalogue-index.js';

function field(event: unknown, name: string): string | undefined {
  const data = (event as { data?: Record<string, unknown> } | null)?.data;
  const value = data?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Keeps this replica's catalogue index current: session and workshop events say what to
 * re-read; availability events carry the seats themselves. Started before the index loads,
 * so that nothing published meanwhile is missed (re-reading is idempotent).
 */
export async function followCatalogue(
  bus: Bus,
  index: CatalogueIndex,
  logger: Logger,
): Promise<Follower[]> {
  const workshops = await followEvents(bus, {
    stream: 'WORKSHOPS',
    subjects: ['workshops.session.>', 'workshops.workshop.>'],
    logger,
    handle: async (subject, event) => {
      const sessionId = field(event, 'sessionId');
      if (sessionId) return index.refreshSession(sessionId);
      const workshopId = field(event, 'workshopId');
      if (subject.startsWith('workshops.workshop.') && workshopId)
        await index.refreshWorkshop(workshopId);
    },
  });
  const seats = await followEvents(bus, {
    stream: 'BOOKINGS',
    subjects: [sessionAvailabilityChangedV1.subject],
    logger,
    handle: (_subject, event) => {
      const { data } = sessionAvailabilityChangedV1.schema.parse(event);
      index.setSeats(data.sessionId, data.seatsLeft, data.version);
      return Promise.resolve();
    },
  });
  return [workshops, seats];
}
