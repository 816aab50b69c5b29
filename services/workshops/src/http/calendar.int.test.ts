import ICAL from 'ical.js';
import request from 'supertest';
import { startWorkshopsHarness, type WorkshopsHarness } from '../test-harness.js';
import { aVenue, aWorkshop, bearer, tokens } from './test-fixtures.js';

let harness: WorkshopsHarness;

beforeAll(async () => {
  harness = await startWorkshopsHarness();
});

afterAll(async () => {
  await harness.stop();
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar feeds', () => {
  it('serves a workshop feed and the catalogue feed; reschedules bump SEQUENCE, cancellations stay', async () => {
    const t = await tokens(harness);
    const venue = await aVenue(harness, t.coordinator, { commune: 'saint-jean-en-royans' });
    const workshop = await aWorkshop(harness, t.host, venue.id, {
      title: 'Jardinage, semis; et compost',
    });
    const created = await request(harness.app)
      .post(`/api/workshops/${workshop.id}/sessions`)
      .set(bearer(t.host))
      .send({ startsAt: '2027-06-05T12:00:00Z', recurrence: { frequency: 'weekly', count: 2 } });
    const [first, second] = created.body.items as { id: string }[];
    await request(harness.app)
      .patch(`/api/sessions/${first!.id}`)
      .set(bearer(t.host))
      .set('If-Match', 'W/"1"')
      .send({ startsAt: '2027-06-05T13:00:00Z' });
    await request(harness.app)
      .post(`/api/sessions/${second!.id}/cancel`)
      .set(bearer(t.host))
      .send({ reason: 'Orage annoncé' });

    const feed = await request(harness.app).get(`/api/calendar/workshops/${workshop.id}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const [moved, cancelled] = events(feed.text);
    expect(moved!.uid).toBe(`${first!.id}@fabrique`);
    expect(moved!.summary).toBe('Jardinage, semis; et compost');
    expect(moved!.sequence).toBe(1);
    expect(moved!.startDate.toJSDate().toISOString()).toBe('2027-06-05T13:00:00.000Z');
    expect(moved!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Paris');
    expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled!.description).toContain('Orage annoncé');

    const catalogue = await request(harness.app)
      .get('/api/calendar/catalogue.ics')
      .query({ commune: 'saint-jean-en-royans' });
    expect(
      events(catalogue.text)
        .map((e) => e.uid)
        .sort(),
    ).toEqual([`${first!.id}@fabrique`, `${second!.id}@fabrique`].sort());
    expect(
      events(
        (
          await request(harness.app)
            .get('/api/calendar/catalogue.ics')
            .query({ commune: 'vassieux-en-vercors' })
        ).text,
      ),
    ).toEqual([]);
  });

  it('takes any id the document allows before `.ics`: one of 200 characters is unknown (404), not refused', async () => {
    const res = await request(harness.app).get(`/api/calendar/workshops/${'w'.repeat(200)}.ics`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('WORKSHOP_NOT_FOUND');
  });
});
