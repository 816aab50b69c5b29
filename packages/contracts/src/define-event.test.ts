import { z } from 'zod';
import { defineEvent } from './define-event.js';
import { accountRegisteredV1 } from './events/accounts.js';
import { contextOfSubject, streamNameOf, subjectOfType } from './subjects.js';

const sampleV1 = defineEvent(
  'fabrique.testing.thing.happened.v1',
  z.object({ thingId: z.string(), count: z.number().int() }),
);
const origin = { subject: 'thing-1', source: 'fabrique/testing' };

describe('defineEvent', () => {
  it('derives subject and context from the type', () => {
    expect(sampleV1.subject).toBe('testing.thing.happened.v1');
    expect(sampleV1.context).toBe('testing');
    expect(accountRegisteredV1.subject).toBe('accounts.account.registered.v1');
    expect(streamNameOf(accountRegisteredV1.context)).toBe('ACCOUNTS');
  });

  it('creates a CloudEvents envelope that its own schema accepts', () => {
    const at = new Date('2026-03-29T01:30:00Z');
    const event = sampleV1.create(origin, { thingId: 'thing-1', count: 3 }, at);
    expect(event).toMatchObject({
      specversion: '1.0',
      type: 'fabrique.testing.thing.happened.v1',
      source: 'fabrique/testing',
      subject: 'thing-1',
      time: '2026-03-29T01:30:00.000Z',
      datacontenttype: 'application/json',
      data: { thingId: 'thing-1', count: 3 },
    });
    expect(sampleV1.schema.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('gives time-ordered UUIDv7 ids', () => {
    const ids = Array.from(
      { length: 50 },
      () => sampleV1.create(origin, { thingId: 't', count: 1 }).id,
    );
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(50);
    expect([...ids].sort()).toEqual(ids);
  });

  it('refuses to create an event whose data breaks the schema', () => {
    expect(() => sampleV1.create(origin, { thingId: 't', count: 1.5 })).toThrow();
  });

  it('rejects an envelope of another type or with bad data on receipt', () => {
    const event = sampleV1.create(origin, { thingId: 't', count: 1 });
    expect(
      sampleV1.schema.safeParse({ ...event, type: 'fabrique.testing.thing.happened.v2' }).success,
    ).toBe(false);
    expect(sampleV1.schema.safeParse({ ...event, data: { thingId: 7 } }).success).toBe(false);
  });

  it('tolerates optional attributes added within a version', () => {
    const event = sampleV1.create(origin, { thingId: 't', count: 1 });
    const parsed = sampleV1.schema.parse({ ...event, data: { ...event.data, addedLater: true } });
    expect(parsed.data).toEqual({ thingId: 't', count: 1 });
  });

  it('refuses types outside the naming rule', () => {
    expect(() => defineEvent('accounts.account.registered.v1', z.object({}))).toThrow(/fabrique\./);
    expect(subjectOfType('fabrique.bookings.booking.confirmed.v1')).toBe(
      'bookings.booking.confirmed.v1',
    );
    expect(contextOfSubject('bookings.booking.confirmed.v1')).toBe('bookings');
  });
});
