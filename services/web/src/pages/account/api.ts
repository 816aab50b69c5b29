/** What the accounts service answers (packages/contracts/src/api/accounts.ts). */
import type { TokenPairResponse } from '@fabrique/contracts';
import type { AccountLocale } from '../../api/me.js';

export { ME_KEY, fetchMe, type AccountLocale, type Me } from '../../api/me.js';

export type TokenPair = TokenPairResponse;

export interface Registration {
  email: string;
  password: string;
  displayName: string;
  commune: string;
  locale: AccountLocale;
}

export interface ProfileChanges {
  displayName: string;
  commune: string;
  locale: AccountLocale;
}

/** The same as the server's rules (schemas.ts, password-policy.ts), checked before sending. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
