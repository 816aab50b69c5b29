import request from 'supertest';
import { accountUpdatedV1, organisationMembershipChangedV1 } from '@fabrique/contracts';
import { recordEvents } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';
import { changeRolesByEmail } from '../use-cases/accounts.js';

let harness: AccountsHarness;
let coordinator: string;
let resident: { id: string; token: string; refreshToken: string };
const password = 'les ravioles du Royans sont bonnes';

async function signUp(email: string) {
  const res = await request(harness.app)
    .post('/api/accounts')
    .send({ email, password, displayName: 'Test', commune: 'La Chapelle-en-Vercors' });
  const login = await request(harness.app).post('/api/auth/login').send({ email, password });
  return {
    id: res.body.id as string,
    token: login.body.accessToken as string,
    refreshToken: login.body.refreshToken as string,
  };
}

beforeAll(async () => {
  harness = await startAccountsHarness();
  await signUp('coordinator@example.org');
  await changeRolesByEmail(harness.deps, 'coordinator@example.org', {
    grant: ['coordinator'],
    revoke: [],
  });
  coordinator = (
    await request(harness.app)
      .post('/api/auth/login')
      .send({ email: 'coordinator@example.org', password })
  ).body.accessToken;
  resident = await signUp('resident@example.org');
});

afterAll(async () => {
  await harness.stop();
});

const as = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('communes', () => {
  it('lists the six seeded communes publicly, and only a coordinator adds one', async () => {
    const list = await request(harness.app).get('/api/communes');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([
      'la-chapelle-en-vercors',
      'saint-jean-en-royans',
      'saint-laurent-en-royans',
      'saint-martin-en-vercors',
      'sainte-eulalie-en-royans',
      'vassieux-en-vercors',
    ]);
    const body = { name: 'Saint-Agnan-en-Vercors', postalCode: '26420' };
    expect(
      (await request(harness.app).post('/api/communes').set(as(resident.token)).send(body)).status,
    ).toBe(403);
    expect(
      (await request(harness.app).post('/api/communes').set(as(coordinator)).send(body)).status,
    ).toBe(201);
    expect(
      (await request(harness.app).post('/api/communes').set(as(coordinator)).send(body)).body.code,
    ).toBe('COMMUNE_EXISTS');
  });

  it('refuses a registration in a commune outside the network', async () => {
    const res = await request(harness.app)
      .post('/api/accounts')
      .send({ email: 'far@example.org', password, displayName: 'Far', commune: 'Lyon' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('UNKNOWN_COMMUNE');
  });
});

describe('finding a person by email', () => {
  const lookUp = (email: string, token?: string) => {
    const req = request(harness.app).get('/api/accounts').query({ email });
    return token ? req.set(as(token)) : req;
  };

  it('lets a coordinator find an account by its exact address, whatever the case', async () => {
    const res = await lookUp('  Resident@Example.ORG ', coordinator);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      id: resident.id,
      email: 'resident@example.org',
      roles: ['resident'],
      organisations: [],
    });
    expect(res.body.items[0].passwordHash).toBeUndefined();
  });

  it('answers an empty list for an unknown address, and nothing for a prefix', async () => {
    expect((await lookUp('nobody@example.org', coordinator)).body).toEqual({
      items: [],
      nextCursor: null,
    });
    expect((await lookUp('resident@example', coordinator)).status).toBe(400);
  });

  it('is for coordinators only', async () => {
    expect((await lookUp('resident@example.org', resident.token)).status).toBe(403);
    expect((await lookUp('resident@example.org')).status).toBe(401);
    const noEmail = await request(harness.app).get('/api/accounts').set(as(coordinator));
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('organisations and memberships', () => {
  it('allows exactly one municipality per commune', async () => {
    const townHall = {
      name: 'Mairie de Vassieux-en-Vercors',
      kind: 'municipality',
      commune: 'vassieux-en-vercors',
    };
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        request(harness.app).post('/api/organisations').set(as(coordinator)).send(townHall),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const noCommune = await request(harness.app)
      .post('/api/organisations')
      .set(as(coordinator))
      .send({ name: 'Mairie ?', kind: 'municipality' });
    expect(noCommune.body.code).toBe('MUNICIPALITY_NEEDS_COMMUNE');
    const business = await request(harness.app)
      .post('/api/organisations')
      .set(as(coordinator))
      .send({ name: 'Boulangerie du Col', kind: 'business', commune: 'vassieux-en-vercors' });
    expect(business.status).toBe(201);
  });

  it('lets a member act for an organisation: event, and the next token lists it', async () => {
    const recorder = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      organisationMembershipChangedV1.subject,
    );
    const org = await request(harness.app)
      .post('/api/organisations')
      .set(as(coordinator))
      .send({ name: 'Les Amis du Four', kind: 'association' });
    expect(
      (
        await request(harness.app)
          .put(`/api/organisations/${org.body.id}/members/${resident.id}`)
          .set(as(resident.token))
      ).status,
    ).toBe(403);
    expect(
      (
        await request(harness.app)
          .put(`/api/organisations/${org.body.id}/members/${resident.id}`)
          .set(as(coordinator))
      ).status,
    ).toBe(204);
    const found = await request(harness.app)
      .get('/api/accounts')
      .query({ email: 'resident@example.org' })
      .set(as(coordinator));
    expect(found.body.items[0].organisations).toEqual([org.body.id]);
    const refreshed = await request(harness.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: resident.refreshToken });
    resident.refreshToken = refreshed.body.refreshToken;
    const claims = JSON.parse(
      Buffer.from(refreshed.body.accessToken.split('.')[1], 'base64url').toString(),
    );
    expect(claims.orgs).toEqual([org.body.id]);
    const [event] = await recorder.waitFor(1);
    expect(organisationMembershipChangedV1.schema.parse(event).data).toMatchObject({
      organisationId: org.body.id,
      accountId: resident.id,
      active: true,
    });
    expect(
      (
        await request(harness.app)
          .put(`/api/organisations/unknown/members/${resident.id}`)
          .set(as(coordinator))
      ).body.code,
    ).toBe('ORGANISATION_NOT_FOUND');
    await recorder.close();
  });
});

describe('my profile', () => {
  it('changes name, commune and language, with one updated event', async () => {
    const recorder = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      accountUpdatedV1.subject,
    );
    const res = await request(harness.app)
      .patch('/api/me')
      .set(as(resident.token))
      .send({ displayName: 'Rémi', commune: 'Vassieux-en-Vercors', locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      displayName: 'Rémi',
      commune: 'vassieux-en-vercors',
      locale: 'en',
      version: 2,
    });
    const [event] = await recorder.waitFor(1);
    expect(accountUpdatedV1.schema.parse(event).data).toEqual({
      accountId: resident.id,
      displayName: 'Rémi',
      commune: 'vassieux-en-vercors',
      locale: 'en',
      version: 2,
    });
    expect(
      (await request(harness.app).patch('/api/me').set(as(resident.token)).send({})).status,
    ).toBe(400);
    expect(
      (
        await request(harness.app)
          .patch('/api/me')
          .set(as(resident.token))
          .send({ roles: ['coordinator'] })
      ).status,
    ).toBe(400);
    await recorder.close();
  });

  it('shows an account to its owner and coordinators only', async () => {
    const other = await signUp('other@example.org');
    expect(
      (await request(harness.app).get(`/api/accounts/${resident.id}`).set(as(other.token))).status,
    ).toBe(403);
    expect(
      (await request(harness.app).get(`/api/accounts/${resident.id}`).set(as(resident.token)))
        .status,
    ).toBe(200);
    expect(
      (await request(harness.app).get(`/api/accounts/${resident.id}`).set(as(coordinator))).status,
    ).toBe(200);
  });

  it('publishes its OpenAPI document', async () => {
    const doc = await request(harness.app).get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/accounts',
        '/api/me',
        '/api/organisations/{id}/members/{accountId}',
      ]),
    );
    expect(
      doc.body.paths['/api/accounts'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['email', 'password']));
  });
});
