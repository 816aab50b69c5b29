import type { OutboxWriter } from '@fabrique/bus';
import type { RevokedAccounts } from '@fabrique/service-kit';
import type { Logger } from '@fabrique/service-kit';
import type { NotificationsModels } from '../store/models.js';

/** What the use cases need; runtime.ts builds it for main.ts and the tests. */
export interface NotificationsDeps {
  models: NotificationsModels;
  /** Accounts whose tokens this replica refuses (deleted ones): service-kit revocations. */
  revoked?: RevokedAccounts | undefined;
  logger: Logger;
  /** The write path of a change that emits events (bus, outbox-writer.ts). */
  outbox: OutboxWriter;
  now: () => Date;
  /** Events older than this (ms) only update projections. */
  maxEventAgeMs: number;
}
