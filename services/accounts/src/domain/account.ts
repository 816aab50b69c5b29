import { accountRegisteredV1, type EventOf } from '@fabrique/contracts';

export const SOURCE = 'fabrique/accounts';

export type Role = 'resident' | 'host' | 'funder' | 'coordinator';
export type Locale = 'fr' | 'en';

export interface Account {
  id: string;
  email: string;
  displayName: string;
  commune: string;
  locale: Locale;
  roles: Role[];
  passwordHash: string;
  createdAt: Date;
  version: number;
}

export interface Registration {
  email: string;
  displayName: string;
  commune: string;
  locale?: Locale | undefined;
}

/** Emails compare case-insensitively and without surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A new resident account and the event announcing it (written together, DESIGN.md rule 2). */
export function registerAccount(
  input: Registration,
  ids: { accountId: string; passwordHash: string },
  now: Date,
): { account: Account; events: EventOf<typeof accountRegisteredV1>[] } {
  const account: Account = {
    id: ids.accountId,
    email: normaliseEmail(input.email),
    displayName: input.displayName.trim(),
    commune: input.commune,
    locale: input.locale ?? 'fr',
    roles: ['resident'],
    passwordHash: ids.passwordHash,
    createdAt: now,
    version: 1,
  };
  const event = accountRegisteredV1.create(
    { subject: account.id, source: SOURCE },
    {
      accountId: account.id,
      email: account.email,
      displayName: account.displayName,
      commune: account.commune,
      locale: account.locale,
      roles: account.roles,
      registeredAt: now.toISOString(),
    },
    now,
  );
  return { account, events: [event] };
}
