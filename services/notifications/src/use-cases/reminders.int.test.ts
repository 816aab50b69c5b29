import { eventually } from '@fabrique/testkit';
import { aBooking, confirmed, waitlisted } from '../events/test-events.js';
import { startNotificationsHarness, type NotificationsHarness } from '../test-harness.js';
import { sendReminders } from './reminders.js';

let harness: NotificationsHarness;

beforeAll(async () => {
  harness = await startNotificationsHarness();
});

afterAll(async () => {
  await harness.stop();
});

const HOUR_MS = 3_600_000;

describe('reminders the day before', () => {
  it('go once to confirmed residents of sessions starting within 24 h', async () => {
    const now = Date.now();
    const at = (hours: number) => new Date(now + hours * HOUR_MS).toISOString();
    const soon = await harness.session({ startsAt: at(20), endsAt: at(22) });
    const later = await harness.session({ startsAt: at(30), endsAt: at(32) });
    const [booked, waiting, lateComer, nextWeek] = await Promise.all(
      [1, 2, 3, 4].map(() => harness.person()),
    );
    const threeHoursAgo = new Date(now - 3 * HOUR_MS);
    await harness.publish(confirmed(aBooking(soon, booked!.id), threeHoursAgo));
    await harness.publish(waitlisted(aBooking(soon, waiting!.id), threeHoursAgo));
    // Confirmed a moment ago: the confirmation just said it all.
    await harness.publish(confirmed(aBooking(soon, lateComer!.id)));
    await harness.publish(confirmed(aBooking(later, nextWeek!.id), threeHoursAgo));
    await eventually(
      () => harness.deps.models.bookings.countDocuments(),
      (count) => count === 4,
    );
    expect(await sendReminders(harness.deps, 24)).toBe(1);
    expect(await sendReminders(harness.deps, 24)).toBe(0);
    const mails = await harness.smtp.waitForMails(1, (m) => /rappel|demain/i.test(m.subject));
    expect(mails[0]!.to).toEqual([booked!.email]);
    expect(mails[0]!.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true);
  });
});
