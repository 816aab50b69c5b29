import { followEvents, type Bus, type Follower } from '@fabrique/bus';
import {
  contributionRecordedV1,
  entryData,
  entryRecordedV1,
  entryReversedV1,
  fundCreatedV1,
  pledgeRecordedV1,
  sessionAttendanceClosedV1,
} from '@fabrique/contracts';
import type { Logger } from '@fabrique/service-kit';
import { fromEntryData } from '../domain/entry.js';
import { deliveryFromData, fundFromData } from '../events/converters.js';
import type { FundBook } from './fund-book.js';

const ENTRY_SUBJECTS = [
  pledgeRecordedV1,
  contributionRecordedV1,
  entryRecordedV1,
  entryReversedV1,
].map((d) => d.subject);

/** Keeps this replica's book current with every replica's writes and the delivered sessions. */
export async function followFunds(bus: Bus, book: FundBook, logger: Logger): Promise<Follower[]> {
  const funds = await followEvents(bus, {
    stream: 'FUNDS',
    subjects: [fundCreatedV1.subject, ...ENTRY_SUBJECTS],
    logger,
    handle: (subject, event) => {
      const data = (event as { data?: unknown }).data;
      if (subject === fundCreatedV1.subject)
        book.addFund(fundFromData(fundCreatedV1.schema.parse(event).data));
      else book.addEntry(fromEntryData(entryData.parse(data)));
      return Promise.resolve();
    },
  });
  const deliveries = await followEvents(bus, {
    stream: 'BOOKINGS',
    subjects: [sessionAttendanceClosedV1.subject],
    logger,
    handle: (_subject, event) => {
      book.addDelivery(deliveryFromData(sessionAttendanceClosedV1.schema.parse(event).data));
      return Promise.resolve();
    },
  });
  return [funds, deliveries];
}
