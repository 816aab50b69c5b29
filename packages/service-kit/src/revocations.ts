import { followEvents, on, type Bus, type Follower } from '@fabrique/bus';
import { accountDeletedV1, accountSignedOutV1 } from '@fabrique/contracts';
import type { Logger } from './logger.js';

/**
 * The longest an access token lives (accounts' ACCESS_TOKEN_TTL_SECONDS is at most an hour),
 * plus the clock tolerance of verification: a revocation older than this refuses nothing more.
 */
export const REVOCATION_MEMORY_MS = 3_600_000 + 60_000;

/**
 * The first `iat` (whole seconds) a token may carry after a revocation at `at`: every token
 * issued at or before that moment has a smaller one. Accounts issues the next tokens from this
 * second on (access-token.ts), so they pass at once.
 */
export const firstValidIssuedAt = (at: Date): number => Math.floor(at.getTime() / 1000) + 1;

/**
 * Accounts whose access tokens issued before a moment are refused, in one replica: deleted
 * accounts (every token they hold: they get no new one) and accounts signed out everywhere.
 * A view fed by the accounts events, each replica reading those of the last
 * REVOCATION_MEMORY_MS at start. Bound: the revocations of the last hour; older ones are
 * forgotten, as every token they could refuse has expired.
 */
export class RevokedAccounts {
  /** account id → the first `iat` accepted, and when the revocation happened (ms). */
  private readonly since = new Map<string, { validFrom: number; at: number }>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /**
   * Tokens of the account issued up to `at` are refused from now on; with `forever` (a deleted
   * account), every token is, whenever issued: a refresh racing the deletion must not slip
   * one through.
   */
  revoke(accountId: string, at: Date, forever = false): void {
    this.forgetOld();
    if (at.getTime() < this.now().getTime() - REVOCATION_MEMORY_MS) return;
    const known = this.since.get(accountId);
    const validFrom = forever ? Number.POSITIVE_INFINITY : firstValidIssuedAt(at);
    if (!known || known.validFrom < validFrom)
      this.since.set(accountId, { validFrom, at: Math.max(at.getTime(), known?.at ?? 0) });
  }

  /** Whether a token of this account issued at `issuedAt` (seconds) is refused. */
  refuses(accountId: string, issuedAt: number): boolean {
    const known = this.since.get(accountId);
    return known !== undefined && issuedAt < known.validFrom;
  }

  get size(): number {
    return this.since.size;
  }

  private forgetOld(): void {
    const horizon = this.now().getTime() - REVOCATION_MEMORY_MS;
    for (const [id, { at }] of this.since) if (at < horizon) this.since.delete(id);
  }
}

/**
 * Keeps `revoked` current from the account deletions and sign-outs of every replica of
 * accounts, first replaying those of the last hour; `caughtUp` resolves once they are applied (a replica
 * should not answer before).
 */
export function followRevocations(
  bus: Bus,
  revoked: RevokedAccounts,
  logger: Logger,
): Promise<Follower> {
  return followEvents(bus, {
    name: 'revoked accounts',
    since: new Date(Date.now() - REVOCATION_MEMORY_MS),
    subscriptions: [
      on(accountDeletedV1, ({ data }) => {
        revoked.revoke(data.accountId, new Date(data.deletedAt), true);
        return Promise.resolve();
      }),
      on(accountSignedOutV1, ({ data }) => {
        revoked.revoke(data.accountId, new Date(data.at));
        return Promise.resolve();
      }),
    ],
    logger,
  });
}

/** A replica's revoked accounts, caught up with the last hour's deletions before it serves. */
export async function startRevocations(
  bus: Bus,
  logger: Logger,
): Promise<{ revoked: RevokedAccounts; follower: Follower }> {
  const revoked = new RevokedAccounts();
  const follower = await followRevocations(bus, revoked, logger);
  await follower.caughtUp;
  return { revoked, follower };
}
