import { sessionAvailabilityChangedV1, sessionAvailabilityChangedV2 } from '@fabrique/contracts';
import { availabilityChanged } from './availability.js';

describe('availabilityChanged', () => {
  const session = { id: 's-1', capacity: 10 };
  const order = { sequence: 42, clockVersion: 1_700_000_000_000_000 };

  it('tells the seats left after those held, in v2 by sequence then v1 by clock version', () => {
    const [v2, v1] = availabilityChanged(session, { held: 7, confirmed: 5, waitlisted: 0 }, order);
    const seats = { sessionId: 's-1', capacity: 10, confirmed: 5, seatsLeft: 3, waitlisted: 0 };
    expect(v2).toMatchObject({
      type: sessionAvailabilityChangedV2.type,
      subject: 's-1',
      data: { ...seats, sequence: 42 },
    });
    expect(v1).toMatchObject({
      type: sessionAvailabilityChangedV1.type,
      subject: 's-1',
      data: { ...seats, version: order.clockVersion },
    });
  });

  it('never tells fewer than no seats left when more are held than the capacity', () => {
    const events = availabilityChanged(
      { id: 's-1', capacity: 4 },
      { held: 6, confirmed: 6, waitlisted: 2 },
      order,
    );
    expect(events).toHaveLength(2);
    for (const event of events) expect(event.data).toMatchObject({ seatsLeft: 0, waitlisted: 2 });
  });
});
