import {
  emailChangeRequestedV1,
  emailVerificationRequestedV1,
  passwordResetRequestedV1,
} from '@fabrique/contracts';
import {
  emailChangeRequested,
  passwordResetRequested,
  verificationRequested,
} from './email-links.js';

const now = new Date('2026-11-03T09:30:00Z');
const link = { token: 'x'.repeat(43), expiresAt: new Date('2026-11-05T09:30:00Z') };
const account = { id: 'acc-7', email: 'chloe@example.org' };
const secret = { token: link.token, expiresAt: '2026-11-05T09:30:00.000Z' };

describe('email links', () => {
  it.each([
    {
      what: 'the verification link goes to the account’s address',
      definition: emailVerificationRequestedV1,
      type: 'fabrique.accounts.email-verification.requested.v1',
      event: () => verificationRequested(account, link, now),
      data: { accountId: 'acc-7', email: 'chloe@example.org', ...secret },
    },
    {
      what: 'the change link goes to the new address, not the current one',
      definition: emailChangeRequestedV1,
      type: 'fabrique.accounts.email-change.requested.v1',
      event: () => emailChangeRequested(account, 'chloe@mairie-vassieux.fr', link, now),
      data: { accountId: 'acc-7', newEmail: 'chloe@mairie-vassieux.fr', ...secret },
    },
    {
      what: 'the reset link carries no address',
      definition: passwordResetRequestedV1,
      type: 'fabrique.accounts.password-reset.requested.v1',
      event: () => passwordResetRequested(account, link, now),
      data: { accountId: 'acc-7', ...secret },
    },
  ])('$what', ({ definition, type, event, data }) => {
    const parsed = definition.schema.parse(event());
    expect(parsed.type).toBe(type);
    expect(parsed.subject).toBe('acc-7');
    expect(parsed.source).toBe('fabrique/accounts');
    expect(parsed.time).toBe('2026-11-03T09:30:00.000Z');
    expect(parsed.data).toEqual(data);
  });
});
