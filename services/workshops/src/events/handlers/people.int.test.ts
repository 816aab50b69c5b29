import request from 'supertest';
import {
  accountDeletedV1,
  accountRegisteredV1,
  accountRolesChangedV1,
  accountUpdatedV1,
} from '@fabrique/contracts';
import { publishEvent } from '@fabrique/bus';
import { eventually } from '@fabrique/testkit';
import { aVenue, aWorkshop, HOST, tokens } from '../../http/test-fixtures.js';
import { startWorkshopsHarness, type WorkshopsHarness } from '../../test-harness.js';

let harness: WorkshopsHarness;

beforeAll(async () => {
  harness = await startWorkshopsHarness();
});

afterAll(async () => {
  await harness.stop();
});

const origin = { subject: HOST, source: 'test' };

describe('people projection from accounts events', () => {
  it('shows host names, keeps the newest under reordering, and anonymises on deletion', async () => {
    const t = await tokens(harness);
    const workshop = await aWorkshop(harness, t.host, (await aVenue(harness, t.coordinator)).id);
    const hostName = async () =>
      (
        (await request(harness.app).get(`/api/workshops/${workshop.id}`)).body.hosts as {
          displayName: string | null;
        }[]
      )[0]?.displayName;

    const registered = accountRegisteredV1.create(origin, {
      accountId: HOST,
      email: 'h@example.org',
      displayName: 'Hélène',
      commune: 'vassieux-en-vercors',
      locale: 'fr',
      roles: ['resident', 'host'],
      registeredAt: new Date().toISOString(),
    });
    await publishEvent(harness.bus, registered);
    await eventually(hostName, (name) => name === 'Hélène');

    // Version 3 arrives before version 2: the older rename must not win.
    await publishEvent(
      harness.bus,
      accountUpdatedV1.create(origin, {
        accountId: HOST,
        displayName: 'Hélène R.',
        commune: 'vassieux-en-vercors',
        locale: 'fr',
        version: 3,
      }),
    );
    await publishEvent(
      harness.bus,
      accountUpdatedV1.create(origin, {
        accountId: HOST,
        displayName: 'Hélène (old)',
        commune: 'vassieux-en-vercors',
        locale: 'fr',
        version: 2,
      }),
    );
    await publishEvent(harness.bus, registered); // a redelivery changes nothing either
    await eventually(hostName, (name) => name === 'Hélène R.');
    await new Promise((r) => setTimeout(r, 300));
    expect(await hostName()).toBe('Hélène R.');

    // A newer role change (v5) must not swallow an older rename (v4) that arrives after it.
    await publishEvent(
      harness.bus,
      accountRolesChangedV1.create(origin, {
        accountId: HOST,
        roles: ['resident', 'host'],
        granted: [],
        revoked: [],
        changedBy: 'c',
        version: 5,
      }),
    );
    await publishEvent(
      harness.bus,
      accountUpdatedV1.create(origin, {
        accountId: HOST,
        displayName: 'Hélène Rivière',
        commune: 'vassieux-en-vercors',
        locale: 'fr',
        version: 4,
      }),
    );
    await eventually(hostName, (name) => name === 'Hélène Rivière');

    await publishEvent(
      harness.bus,
      accountDeletedV1.create(origin, {
        accountId: HOST,
        deletedAt: new Date().toISOString(),
        version: 6,
      }),
    );
    await eventually(hostName, (name) => name === 'Compte supprimé');
  });
});
