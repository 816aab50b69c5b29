import { accountDeletedV1, accountRegisteredV1, accountRolesChangedV1 } from '@fabrique/contracts';
import { anonymiseAccount, changeRoles, normaliseEmail, registerAccount } from './account.js';
import { hashPassword, verifyPassword } from './password.js';

describe('registerAccount', () => {
  const now = new Date('2026-10-25T08:00:00Z');

  it('makes a resident with a normalised email and one registered event', () => {
    const { account, events } = registerAccount(
      { email: '  Chloe@Example.ORG ', displayName: ' Chloé ', commune: 'La Chapelle-en-Vercors' },
      { accountId: 'acc-1', passwordHash: 'hash' },
      now,
    );
    expect(account).toMatchObject({
      id: 'acc-1',
      email: 'chloe@example.org',
      displayName: 'Chloé',
      locale: 'fr',
      roles: ['resident'],
      version: 1,
    });
    expect(events).toHaveLength(1);
    const event = accountRegisteredV1.schema.parse(events[0]);
    expect(event.subject).toBe('acc-1');
    expect(event.data).toEqual({
      accountId: 'acc-1',
      email: 'chloe@example.org',
      displayName: 'Chloé',
      commune: 'La Chapelle-en-Vercors',
      locale: 'fr',
      roles: ['resident'],
      registeredAt: '2026-10-25T08:00:00.000Z',
    });
    expect(JSON.stringify(events)).not.toContain('hash');
  });

  it('keeps the chosen locale', () => {
    const { account } = registerAccount(
      { email: 'a@b.fr', displayName: 'A', commune: 'X', locale: 'en' },
      { accountId: 'a', passwordHash: 'h' },
      now,
    );
    expect(account.locale).toBe('en');
  });

  it('normalises emails for comparison', () => {
    expect(normaliseEmail(' Jean.Dupont@Mairie-Vassieux.FR')).toBe(
      'jean.dupont@mairie-vassieux.fr',
    );
  });
});

describe('password hashing', () => {
  it('verifies the right password and nothing else', async () => {
    const hash = await hashPassword('les tomates de Saint-Martin');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('les tomates de Saint-Martin', hash)).toBe(true);
    expect(await verifyPassword('les tomates de Saint-Martin ', hash)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('même mot de passe')).not.toBe(
      await hashPassword('même mot de passe'),
    );
  });
});

describe('changeRoles and anonymiseAccount', () => {
  const now = new Date('2026-11-01T10:00:00Z');
  const { account } = registerAccount(
    { email: 'h@example.org', displayName: 'Hélène', commune: 'vassieux-en-vercors' },
    { accountId: 'acc-h', passwordHash: 'hash' },
    now,
  );

  it('grants a role with one event carrying the full set and a higher version', () => {
    const change = changeRoles(account, { grant: ['host'], revoke: [] }, 'coord-1', now);
    expect(change.account.roles).toEqual(['resident', 'host']);
    expect(change.account.version).toBe(2);
    expect(accountRolesChangedV1.schema.parse(change.events[0]).data).toMatchObject({
      roles: ['resident', 'host'],
      granted: ['host'],
      revoked: [],
      changedBy: 'coord-1',
      version: 2,
    });
  });

  it('emits nothing when nothing changes, and never revokes resident', () => {
    expect(
      changeRoles(account, { grant: ['resident'], revoke: ['host'] }, 'c', now).events,
    ).toEqual([]);
    expect(() => changeRoles(account, { grant: [], revoke: ['resident'] }, 'c', now)).toThrow(
      expect.objectContaining({ code: 'ROLE_NOT_REVOCABLE' }),
    );
  });

  it('anonymises everything personal and announces it', () => {
    const change = anonymiseAccount(account, now);
    expect(change.account).toMatchObject({
      id: 'acc-h',
      email: 'deleted-acc-h@invalid',
      displayName: 'Compte supprimé',
      roles: [],
      passwordHash: '!',
      deletedAt: now,
    });
    expect(JSON.stringify(change.events)).not.toContain('Hélène');
    expect(accountDeletedV1.schema.parse(change.events[0]).data).toEqual({
      accountId: 'acc-h',
      deletedAt: now.toISOString(),
      version: 2,
    });
  });
});
