import { followEvents, on, type Bus, type Follower } from '@fabrique/bus';
import { accountDeletedV1 } from '@fabrique/contracts';
import type { Logger } from './logger.js';

/**
 * The longest an access token lives (accounts' ACCESS_TOKEN_TTL_SECONDS is at most an hour),
 * plus the clock tolerance of verification: a revocation older than this refuses nothing more.
 */
export const REVOCATION_MEMORY_MS = 3_600_000 + 60_000;

/**
 * Accounts whose access tokens are refused from a moment on, in one replica: deleted accounts
 * (every token they hold). A view fed by the accounts events, each replica
 * reading those of the last REVOCATION_MEMORY_MS at start. Bound: the revocations of the last
 * hour; older ones are forgotten, as every token they could refuse has expired.
 */
export class RevokedAccounts {
  private readonly since = new Map<string, number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  revoke(accountId: string, at: Date): void {
    this.forgetOld();
    if (at.getTime() >= this.now().getTime() - REVOCATION_MEMORY_MS)
      this.since.set(accountId, at.getTime());
  }

  /** Whether this account's tokens are refused (it gets no new one once deleted). */
  refuses(accountId: string): boolean {
    return this.since.has(accountId);
  }

  get size(): number {
    return this.since.size;
  }

  private forgetOld(): void {
    const horizon = this.now().getTime() - REVOCATION_MEMORY_MS;
    for (const [id, at] of this.since) if (at < horizon) this.since.delete(id);
  }
}

/**
 * Keeps `revoked` current from the account deletions of every replica of accounts, first
 * replaying those of the last hour; `caughtUp` resolves once they are applied (a replica
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
        revoked.revoke(data.accountId, new Date(data.deletedAt));
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
