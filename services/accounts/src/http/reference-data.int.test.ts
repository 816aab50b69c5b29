// Reference data is checked and can be retired: communes are named and numbered as in France,
// and a coordinator archives a commune or an organisation (hidden from new use, history kept).
import request from 'supertest';
import { communeAddedV1, communeArchivedV1, organisationArchivedV1 } from '@fabrique/contracts';
import { eventually, recordEvents } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';
import { announceCommunes } from '../use-cases/communes.js';
import { changeRolesByEmail } from '../use-cases/accounts.js';

let harness: AccountsHarness;
let coordinator: string;
const password = 'les ravioles du Royans sont bonnes';
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

async function signUp(email: string, commune = 'La Chapelle-en-Vercors') {
  return request(harness.app)
    .post('/api/accounts')
    .send({ email, password, displayName: 'Test', commune });
}

beforeAll(async () => {
  harness = await startAccountsHarness();
  await signUp('coord-ref@example.org');
  await changeRolesByEmail(harness.deps, 'coord-ref@example.org', {
    grant: ['coordinator'],
    revoke: [],
  });
  coordinator = (
    await request(harness.app)
      .post('/api/auth/login')
      .send({ email: 'coord-ref@example.org', password })
  ).body.accessToken;
});
afterAll(() => harness.stop());

const addCommune = (body: Record<string, unknown>) =>
  request(harness.app).post('/api/communes').set(as(coordinator)).send(body);

describe('communes', () => {
  it('take printable official names and French postal codes only', async () => {
    for (const body of [
      { name: 'atlantis\u0007', postalCode: '26420' },
      { name: '<script>', postalCode: '26420' },
      { name: 'Bouvante', postalCode: '00420' },
      { name: 'Bouvante', postalCode: '2642' },
      { name: 'Bouvante', postalCode: '99420' },
    ])
      expect((await addCommune(body)).status).toBe(400);
    expect((await addCommune({ name: 'L’Échelle-sur-Royans', postalCode: '26190' })).status).toBe(
      201,
    );
  });

  it('are announced, and once archived are hidden and refused for anything new', async () => {
    const announced = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      communeAddedV1.subject,
    );
    const archived = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      communeArchivedV1.subject,
    );
    const added = await addCommune({ name: 'Bouvante', postalCode: '26190' });
    const seen = (await announced.waitFor(8)) as { data: { communeId: string } }[];
    expect(seen.map((e) => e.data.communeId)).toEqual(
      expect.arrayContaining(['vassieux-en-vercors', 'bouvante']),
    );
    const res = await request(harness.app)
      .post('/api/communes/bouvante/archive')
      .set(as(coordinator));
    expect(res.body).toMatchObject({ id: 'bouvante', archivedAt: expect.any(String) });
    expect(added.status).toBe(201);
    await request(harness.app).post('/api/communes/bouvante/archive').set(as(coordinator));
    const ids = async (query = '') =>
      (
        (await request(harness.app).get(`/api/communes${query}`)).body.items as { id: string }[]
      ).map((c) => c.id);
    expect(await ids()).not.toContain('bouvante');
    expect(await ids('?archived=true')).toContain('bouvante');
    expect((await signUp('new@example.org', 'Bouvante')).body.code).toBe('UNKNOWN_COMMUNE');
    const townHall = await request(harness.app)
      .post('/api/organisations')
      .set(as(coordinator))
      .send({ name: 'Mairie de Bouvante', kind: 'municipality', commune: 'bouvante' });
    expect(townHall.body.code).toBe('UNKNOWN_COMMUNE');
    await new Promise((r) => setTimeout(r, 300));
    expect(archived.events).toHaveLength(1);
    await announced.close();
    await archived.close();
  });
});

describe('communes stored before they were announced', () => {
  it('are announced once at the next start', async () => {
    const announced = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      communeAddedV1.subject,
    );
    // As an earlier version stored it: no event, no marker.
    await harness.deps.models.communes.collection.insertOne({
      _id: 'echevis',
      name: 'Échevis',
      postalCode: '26190',
    } as never);
    expect(await announceCommunes(harness.deps.models.communes)).toBe(1);
    expect(await announceCommunes(harness.deps.models.communes)).toBe(0);
    await harness.relay.drainOnce();
    const echevis = () =>
      (announced.events as { data: { communeId: string } }[]).filter(
        (e) => e.data.communeId === 'echevis',
      );
    await eventually(
      () => Promise.resolve(echevis().length),
      (n) => n > 0,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(echevis()).toHaveLength(1);
    await announced.close();
  });
});

describe('organisations', () => {
  it('once archived are hidden, take no new member, and free their commune', async () => {
    const events = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      organisationArchivedV1.subject,
    );
    const townHall = {
      name: 'Mairie de Saint-Martin',
      kind: 'municipality',
      commune: 'saint-martin-en-vercors',
    };
    const org = await request(harness.app)
      .post('/api/organisations')
      .set(as(coordinator))
      .send(townHall);
    const member = await signUp('member@example.org');
    const archive = await request(harness.app)
      .post(`/api/organisations/${org.body.id}/archive`)
      .set(as(coordinator));
    expect(archive.body.archivedAt).toEqual(expect.any(String));
    const list = await request(harness.app).get('/api/organisations');
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(org.body.id);
    const join = await request(harness.app)
      .put(`/api/organisations/${org.body.id}/members/${member.body.id}`)
      .set(as(coordinator));
    expect(join.body.code).toBe('ORGANISATION_ARCHIVED');
    const again = await request(harness.app)
      .post('/api/organisations')
      .set(as(coordinator))
      .send({ ...townHall, name: 'Mairie de Saint-Martin-en-Vercors' });
    expect(again.status).toBe(201);
    const [event] = (await events.waitFor(1)) as { data: { organisationId: string } }[];
    expect(event?.data.organisationId).toBe(org.body.id);
    await events.close();
  });
});

describe('ids in the path', () => {
  it('answer 400 VALIDATION_FAILED naming a malformed one, 404 for an unknown one', async () => {
    const tooLong = 'x'.repeat(300);
    const bad = await request(harness.app)
      .put(`/api/organisations/${tooLong}/members/someone`)
      .set(as(coordinator))
      .set('Accept-Language', 'en');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: 'The path has 1 invalid field.',
    });
    expect(bad.body.errors).toEqual([{ path: 'id', message: expect.stringContaining('200') }]);
    const unknown = await request(harness.app)
      .post('/api/organisations/0193f2c4-8b1e-7c3a-9f10-4d2e6a7b8c9d/archive')
      .set(as(coordinator));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ORGANISATION_NOT_FOUND');
  });
});
