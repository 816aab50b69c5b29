import request from 'supertest';
import { accountDeletedV1, accountRolesChangedV1 } from '@fabrique/contracts';
import { recordEvents } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from '../test-harness.js';
import { changeRolesByEmail } from '../use-cases/accounts.js';

let harness: AccountsHarness;
const password = 'la soupe au pistou de Vassieux';

beforeAll(async () => {
  harness = await startAccountsHarness({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '10',
    LOGIN_MAX_FAILURES_PER_IP: '1000',
  });
});

afterAll(async () => {
  await harness.stop();
});

async function registerAndLogin(email: string) {
  const registered = await request(harness.app)
    .post('/api/accounts')
    .send({ email, password, displayName: email.split('@')[0], commune: 'Saint-Jean-en-Royans' });
  expect(registered.status).toBe(201);
  const login = await request(harness.app).post('/api/auth/login').send({ email, password });
  expect(login.status).toBe(200);
  return {
    id: registered.body.id as string,
    ...(login.body as { accessToken: string; refreshToken: string }),
  };
}

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('sign-in', () => {
  it('logs in and calls a protected route; refuses without or with a bad token', async () => {
    const alice = await registerAndLogin('alice@example.org');
    expect(claimsOf(alice.accessToken)).toMatchObject({
      sub: alice.id,
      roles: ['resident'],
      commune: 'saint-jean-en-royans',
      orgs: [],
    });
    const me = await request(harness.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${alice.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('alice@example.org');
    expect((await request(harness.app).get('/api/me')).body.code).toBe('UNAUTHENTICATED');
    const bad = await request(harness.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${alice.accessToken.slice(0, -4)}AAAA`);
    expect(bad.status).toBe(401);
  });

  it('answers wrong password and unknown email alike', async () => {
    await registerAndLogin('bob@example.org');
    const wrong = await request(harness.app)
      .post('/api/auth/login')
      .send({ email: 'bob@example.org', password: 'not the right one at all' });
    const unknown = await request(harness.app)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect({ ...wrong.body, requestId: 0 }).toEqual({ ...unknown.body, requestId: 0 });
  });

  it('rotates refresh tokens and revokes the family when an old one comes back', async () => {
    const carol = await registerAndLogin('carol@example.org');
    const first = await request(harness.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: carol.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(carol.refreshToken);
    const replay = await request(harness.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: carol.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The thief's replay also ended the legitimate holder's session of that family.
    const revoked = await request(harness.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: first.body.refreshToken });
    expect(revoked.body.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('exchanges a refresh token only once under concurrency', async () => {
    const dan = await registerAndLogin('dan@example.org');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        request(harness.app).post('/api/auth/refresh').send({ refreshToken: dan.refreshToken }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
  });

  it('logs out: the refresh token no longer works', async () => {
    const eve = await registerAndLogin('eve@example.org');
    expect(
      (await request(harness.app).post('/api/auth/logout').send({ refreshToken: eve.refreshToken }))
        .status,
    ).toBe(204);
    expect(
      (
        await request(harness.app)
          .post('/api/auth/refresh')
          .send({ refreshToken: eve.refreshToken })
      ).status,
    ).toBe(401);
  });

  it('throttles an account after repeated wrong passwords, even with the right one', async () => {
    await registerAndLogin('frank@example.org');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 100; attempt += 1) {
      statuses.push(
        (
          await request(harness.app)
            .post('/api/auth/login')
            .send({ email: 'frank@example.org', password: `wrong password number ${attempt}` })
        ).status,
      );
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(new Set(statuses.slice(10))).toEqual(new Set([429]));
    const right = await request(harness.app)
      .post('/api/auth/login')
      .send({ email: 'frank@example.org', password });
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('answers the throttle in French by default and in English on request', async () => {
    await registerAndLogin('gaspard@example.org');
    const attempt = (headers: Record<string, string> = {}) =>
      request(harness.app)
        .post('/api/auth/login')
        .set(headers)
        .send({ email: 'gaspard@example.org', password: 'not the password of gaspard' });
    for (let failure = 0; failure < 10; failure += 1) expect((await attempt()).status).toBe(401);

    const french = await attempt();
    expect(french.status).toBe(429);
    expect(french.headers['content-language']).toBe('fr');
    expect(french.headers.vary).toMatch(/Accept-Language/i);
    expect(french.body).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      title: 'Trop d’essais de connexion ont échoué ; attendez quelques minutes',
      detail: 'Réessayez dans 15 minutes.',
    });

    const english = await attempt({ 'Accept-Language': 'en-GB,en;q=0.9' });
    expect(english.status).toBe(429);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      title: 'Too many failed sign-in attempts; wait a few minutes',
      detail: 'Try again in 15 minutes.',
    });
  });
});

describe('roles and deletion', () => {
  it('a coordinator grants host; the next token carries it; a resident gets 403', async () => {
    const coordinator = await registerAndLogin('coord@example.org');
    await changeRolesByEmail(harness.deps, 'coord@example.org', {
      grant: ['coordinator'],
      revoke: [],
    });
    const coordinatorTokens = await request(harness.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: coordinator.refreshToken });
    const host = await registerAndLogin('host@example.org');
    const recorder = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      accountRolesChangedV1.subject,
    );

    const forbidden = await request(harness.app)
      .post(`/api/accounts/${host.id}/roles`)
      .set('Authorization', `Bearer ${host.accessToken}`)
      .send({ grant: ['coordinator'] });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');

    const granted = await request(harness.app)
      .post(`/api/accounts/${host.id}/roles`)
      .set('Authorization', `Bearer ${coordinatorTokens.body.accessToken}`)
      .send({ grant: ['host'] });
    expect(granted.status).toBe(200);
    expect(granted.body.roles).toEqual(['resident', 'host']);
    const refreshed = await request(harness.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: host.refreshToken });
    expect(claimsOf(refreshed.body.accessToken).roles).toEqual(['resident', 'host']);
    const events = (await recorder.waitFor(2)) as {
      data: { accountId: string; granted: string[] };
    }[];
    expect(events.map((e) => [e.data.accountId, e.data.granted])).toEqual([
      [coordinator.id, ['coordinator']],
      [host.id, ['host']],
    ]);
    await recorder.close();
  });

  it('deletes my account: anonymised, signed out, one deleted event', async () => {
    const gina = await registerAndLogin('gina@example.org');
    const recorder = await recordEvents(
      harness.env.natsUrl,
      harness.bus.namespace,
      accountDeletedV1.subject,
    );
    const exported = await request(harness.app)
      .get('/api/me/export')
      .set('Authorization', `Bearer ${gina.accessToken}`);
    expect(exported.body.account).toMatchObject({ email: 'gina@example.org' });
    expect(exported.body.account).not.toHaveProperty('passwordHash');
    expect(exported.body.signedInSessions).toHaveLength(1);

    expect(
      (
        await request(harness.app)
          .delete('/api/me')
          .set('Authorization', `Bearer ${gina.accessToken}`)
      ).status,
    ).toBe(204);
    const events = await recorder.waitFor(1);
    expect(accountDeletedV1.schema.parse(events[0]).data.accountId).toBe(gina.id);
    // 401 either way: ACCOUNT_DELETED from the account record, or UNAUTHENTICATED once the
    // deletion event reached this replica's revocations.
    const after = await request(harness.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${gina.accessToken}`);
    expect(after.status).toBe(401);
    expect(['ACCOUNT_DELETED', 'UNAUTHENTICATED']).toContain(after.body.code);
    expect(
      (
        await request(harness.app)
          .post('/api/auth/refresh')
          .send({ refreshToken: gina.refreshToken })
      ).status,
    ).toBe(401);
    expect(
      (
        await request(harness.app)
          .post('/api/auth/login')
          .send({ email: 'gina@example.org', password })
      ).status,
    ).toBe(401);
    const stored = await harness.deps.models.accounts.findById(gina.id).lean();
    expect(JSON.stringify(stored)).not.toMatch(/gina/);
    // The address is free again for a new account.
    expect(
      (
        await request(harness.app).post('/api/accounts').send({
          email: 'gina@example.org',
          password,
          displayName: 'Gina',
          commune: 'Vassieux-en-Vercors',
        })
      ).status,
    ).toBe(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(recorder.events).toHaveLength(1);
    await recorder.close();
  });
});
