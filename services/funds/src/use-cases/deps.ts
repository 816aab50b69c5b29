import type { OutboxWriter } from '@fabrique/bus';
import type { RevokedAccounts } from '@fabrique/service-kit';
import type { Logger, Principal } from '@fabrique/service-kit';
import type { FundsModels } from '../store/models.js';
import type { FundLedgers } from '../views/fund-ledgers.js';

/** What the use cases need; runtime.ts builds it for main.ts and the tests. */
export interface FundsDeps {
  models: FundsModels;
  /** Accounts whose tokens this replica refuses (deleted ones): service-kit revocations. */
  revoked?: RevokedAccounts | undefined;
  /** The funds and the ledgers in use (views/fund-ledgers.ts). */
  book: FundLedgers;
  logger: Logger;
  /** The write path of a change that emits events (bus, outbox-writer.ts). */
  outbox: OutboxWriter;
  now: () => Date;
}

export type Actor = Principal;
