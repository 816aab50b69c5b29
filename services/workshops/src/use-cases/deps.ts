import type { OutboxWriter } from '@fabrique/bus';
import type { RevokedAccounts } from '@fabrique/service-kit';
import type { Principal } from '@fabrique/service-kit';
import type { CatalogueIndex } from '../views/catalogue-index.js';
import type { WorkshopsModels } from '../store/models.js';

/** What the use cases need; main.ts and the tests build it. */
export interface WorkshopsDeps {
  models: WorkshopsModels;
  /** Accounts whose tokens this replica refuses (deleted ones): service-kit revocations. */
  revoked?: RevokedAccounts | undefined;
  /** The write path of a change that emits events (bus, outbox-writer.ts). */
  outbox: OutboxWriter;
  now: () => Date;
  /** How many days back a session may start (config SCHEDULE_PAST_DAYS; 0: from now on). */
  backdateDays?: number | undefined;
  /** This replica's in-memory catalogue; searches fall back to the database without it. */
  catalogue?: CatalogueIndex | undefined;
}

export type Actor = Principal;
