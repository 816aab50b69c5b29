// A deleted account's access tokens are refused by every replica, also by one that starts
// after the deletion (it replays the last hour of deletions before it serves).
import express from 'express';
import request from 'supertest';
import { connectBus, ensureStreams, publishEvent, type Bus, type Follower } from '@fabrique/bus';
import { accountDeletedV1, accountSignedOutV1, newId } from '@fabrique/contracts';
import { eventually, isolatedEnvironment, testTokens, type TestTokens } from '@fabrique/testkit';
import { authenticate, principalOf } from './auth.js';
import { problemHandler } from './problem.js';
import { createLogger } from './logger.js';
import { firstValidIssuedAt, RevokedAccounts, startRevocations } from './revocations.js';

const env = isolatedEnvironment('revocations');
const logger = createLogger('revocations-test', 'silent');
let bus: Bus;
let tokens: TestTokens;
const followers: Follower[] = [];

beforeAll(async () => {
  bus = await connectBus({ servers: env.natsUrl, name: 'revocations', namespace: env.namespace });
  await ensureStreams(bus, ['accounts']);
  tokens = await testTokens();
});

afterAll(async () => {
  for (const follower of followers) await follower.stop();
  await bus.close();
});

function deleted(accountId: string, at = new Date()) {
  return publishEvent(
    bus,
    accountDeletedV1.create(
      { subject: accountId, source: 'test' },
      { accountId, deletedAt: at.toISOString(), version: 2 },
    ),
  );
}

/** A replica's protected route, as mountServiceBasics wires it. */
function replica(revoked: RevokedAccounts) {
  const app = express();
  app.use(authenticate(tokens.keys, revoked));
  app.get('/me', (req, res) => {
    res.json({ id: principalOf(req).accountId });
  });
  app.use(problemHandler(logger));
  return app;
}

async function startReplica() {
  const { revoked, follower } = await startRevocations(bus, logger);
  followers.push(follower);
  return replica(revoked);
}

const asAccount = async (app: express.Express, accountId: string, issuedAt?: number) =>
  request(app)
    .get('/me')
    .set(
      'Authorization',
      `Bearer ${await tokens.sign({ sub: accountId, roles: ['resident'], ...(issuedAt !== undefined && { issuedAt }) })}`,
    );

it('refuses the tokens of an account deleted while it runs, and only those', async () => {
  const app = await startReplica();
  const [gone, other] = [newId(), newId()];
  expect((await asAccount(app, gone)).status).toBe(200);
  await deleted(gone);
  const refused = await eventually(
    () => asAccount(app, gone),
    (res) => res.status === 401,
  );
  expect(refused.body.code).toBe('UNAUTHENTICATED');
  expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
  expect((await asAccount(app, other)).status).toBe(200);
});

it('refuses them at once in a replica started after the deletion', async () => {
  // Many deletions before it, so that serving before the replay ends would let this one in.
  const earlier = Array.from({ length: 1_000 }, () => newId());
  for (let i = 0; i < earlier.length; i += 100)
    await Promise.all(earlier.slice(i, i + 100).map((id) => deleted(id)));
  const gone = newId();
  await deleted(gone);
  const app = await startReplica();
  expect((await asAccount(app, gone)).status).toBe(401);
});

it('forgets deletions older than any token can be', () => {
  const now = new Date('2027-03-01T12:00:00Z');
  const revoked = new RevokedAccounts(() => now);
  revoked.revoke('old', new Date(now.getTime() - 2 * 3_600_000));
  revoked.revoke('recent', new Date(now.getTime() - 60_000));
  const issued = Math.floor(now.getTime() / 1000) - 120;
  expect(revoked.refuses('old', issued)).toBe(false);
  expect(revoked.refuses('recent', issued)).toBe(true);
  expect(revoked.size).toBe(1);
});

it('refuses the tokens issued before a sign-out everywhere, not those issued after it', async () => {
  const app = await startReplica();
  const person = newId();
  const at = new Date();
  const before = Math.floor(at.getTime() / 1000);
  await publishEvent(
    bus,
    accountSignedOutV1.create(
      { subject: person, source: 'test' },
      { accountId: person, at: at.toISOString(), reason: 'everywhere', version: 2 },
    ),
  );
  await eventually(
    () => asAccount(app, person, before),
    (res) => res.status === 401,
  );
  // The next sign-in's token starts at the following second (accounts' access-token.ts).
  expect((await asAccount(app, person, firstValidIssuedAt(at))).status).toBe(200);
});

it('refuses a deleted account’s tokens whenever issued, a sign-out’s only up to it', () => {
  const now = new Date('2027-03-01T12:00:00.500Z');
  const revoked = new RevokedAccounts(() => now);
  revoked.revoke('deleted', now, true);
  revoked.revoke('signed-out', now);
  const later = Math.floor(now.getTime() / 1000) + 2;
  expect(revoked.refuses('deleted', later)).toBe(true);
  expect(revoked.refuses('signed-out', later)).toBe(false);
  expect(revoked.refuses('signed-out', later - 2)).toBe(true);
  // A sign-out after a deletion does not reopen the account.
  revoked.revoke('deleted', new Date(now.getTime() + 1_000));
  expect(revoked.refuses('deleted', later)).toBe(true);
});
