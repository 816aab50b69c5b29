import type { OutboxWriter } from '@fabrique/bus';
import type { AccountsModels } from '../store/models.js';
import type { KeyRing } from '../tokens/key-ring.js';

export interface SignInSettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Failed sign-ins counted over this window… */
  throttleWindowMs: number;
  /** …before this account is refused for the rest of the window… */
  maxFailuresPerAccount: number;
  /** …or this address. */
  maxFailuresPerIp: number;
}

/** What the use cases need; main.ts and the tests build it. */
export interface AccountsDeps {
  models: AccountsModels;
  keyRing: KeyRing;
  signIn: SignInSettings;
  /** The write path of a change that emits events (bus, outbox-writer.ts). */
  outbox: OutboxWriter;
  now: () => Date;
}

export const DEFAULT_SIGN_IN: SignInSettings = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 3600,
  throttleWindowMs: 15 * 60_000,
  maxFailuresPerAccount: 10,
  maxFailuresPerIp: 100,
};
