import { join } from 'node:path';
import request from 'supertest';
import { accountRolesChangedV1 } from '@fabrique/contracts';
import { recordEvents, serviceVariables, startProcess } from '@fabrique/testkit';
import { startAccountsHarness, type AccountsHarness } from './test-harness.js';

const adminJs = join(import.meta.dirname, '../dist/admin.js');
let harness: AccountsHarness;

beforeAll(async () => {
  harness = await startAccountsHarness();
});

afterAll(async () => {
  await harness.stop();
});

function admin(...args: string[]) {
  const env = harness.env;
  return startProcess(process.execPath, [adminJs, ...args], {
    PATH: process.env.PATH,
    ...serviceVariables(env),
  });
}

describe('npm run admin', () => {
  it('grants the coordinator role through the service code path, with its event', async () => {
    const password = 'le premier coordinateur du réseau';
    await request(harness.app).post('/api/accounts').send({
      email: 'first@example.org',
      password,
      displayName: 'First',
      commune: 'Saint-Martin-en-Vercors',
    });
    const recorder = await recordEvents(
      harness.env.natsUrl,
      harness.env.namespace,
      accountRolesChangedV1.subject,
    );
    const run = admin('grant-role', 'First@Example.org', 'coordinator');
    await run.waitForOutput(/first@example.org: resident, coordinator/);
    expect(await run.exited()).toBe(0);
    const [event] = await recorder.waitFor(1);
    expect(accountRolesChangedV1.schema.parse(event).data).toMatchObject({
      granted: ['coordinator'],
      changedBy: 'admin-command',
    });
    const login = await request(harness.app)
      .post('/api/auth/login')
      .send({ email: 'first@example.org', password });
    const claims = JSON.parse(
      Buffer.from(login.body.accessToken.split('.')[1], 'base64url').toString(),
    );
    expect(claims.roles).toEqual(['resident', 'coordinator']);
    await recorder.close();
  });

  it('explains its usage and refuses unknown accounts and roles', async () => {
    const usage = admin('make-me-king');
    await usage.waitForOutput(/usage:/);
    expect(await usage.exited()).toBe(1);
    const unknown = admin('grant-role', 'nobody@example.org', 'host');
    await unknown.waitForOutput(/ACCOUNT_NOT_FOUND/);
    expect(await unknown.exited()).toBe(1);
    const badRole = admin('grant-role', 'first@example.org', 'king');
    await badRole.waitForOutput(/unknown role "king"/);
    expect(await badRole.exited()).toBe(1);
  });
});
