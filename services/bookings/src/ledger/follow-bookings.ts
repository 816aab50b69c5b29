import { followEvents, type Bus, type Follower } from '@fabrique/bus';
import { attendanceRecordedV1, bookingData } from '@fabrique/contracts';
import type { Logger } from '@fabrique/service-kit';
import { bookingFromData } from '../events/booking-events.js';
import type { BookingIndex } from './booking-index.js';

/**
 * Keeps this replica's index current with every replica's booking changes. Started before
 * the index loads, so that nothing published meanwhile is missed (applying is by version).
 */
export function followBookings(bus: Bus, index: BookingIndex, logger: Logger): Promise<Follower> {
  return followEvents(bus, {
    stream: 'BOOKINGS',
    subjects: ['bookings.booking.>', attendanceRecordedV1.subject],
    logger,
    handle: (subject, event) => {
      const data = (event as { data?: Record<string, unknown> }).data ?? {};
      if (subject === attendanceRecordedV1.subject) {
        const { entry } = attendanceRecordedV1.schema.parse(event).data;
        if (entry.type === 'booking') index.apply(bookingFromData(entry.booking));
      } else index.apply(bookingFromData({ ...data, ...bookingData.parse(data) }));
      return Promise.resolve();
    },
  });
}
